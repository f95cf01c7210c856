import { describe, expect, it } from 'vitest';
import { acrossMigration, refusalOf as refusal } from './migration-test-store';

describe('1798502400000-ledger', () => {
  it('gives a store made before it the starter chart, and refuses an entry that does not balance', async () => {
    const result = await acrossMigration(
      'Ledger1798502400000',
      (db) => db.query(`SELECT 1`),
      async (db) => ({
        chart: await db.query<{ code: string; type: string }[]>(`SELECT code, type FROM ledger_accounts ORDER BY code`),
        oneSided: await refusal(db, `INSERT INTO ledger_lines (id, entry_id, position, account_code, debit_sen, credit_sen) VALUES ('l0', 'e0', 0, '1000', 5, 5)`),
        unknownAccount: await refusal(db, `INSERT INTO ledger_lines (id, entry_id, position, account_code, debit_sen, credit_sen) VALUES ('l0', 'e0', 0, '9999', 5, 0)`),
        lines: await refusal(db, `INSERT INTO ledger_lines (id, entry_id, position, account_code, debit_sen, credit_sen) VALUES ('l1', 'e1', 0, '1000', 500, 0), ('l2', 'e1', 1, '4000', 0, 499)`),
        unbalanced: await refusal(db, `INSERT INTO ledger_entries (id, clinic_date, posted_at, source_kind, source_id, memo, total_sen) VALUES ('e1', '2026-12-07', 'x', 'invoice', 'i1', 'INV-1', 500)`),
        // One more line balances it, and the entry is written; after that it never changes.
        balanced: await refusal(db, `INSERT INTO ledger_lines (id, entry_id, position, account_code, debit_sen, credit_sen) VALUES ('l3', 'e1', 2, '4000', 0, 1)`).then(() =>
          refusal(db, `INSERT INTO ledger_entries (id, clinic_date, posted_at, source_kind, source_id, memo, total_sen) VALUES ('e1', '2026-12-07', 'x', 'invoice', 'i1', 'INV-1', 500)`),
        ),
        edit: await refusal(db, `UPDATE ledger_entries SET memo = 'INV-2'`),
        retire: await refusal(db, `DELETE FROM ledger_accounts WHERE code = '4900'`),
      }),
    );
    expect(result.chart.map((account) => account.code)).toEqual(['1000', '1010', '1020', '1100', '1110', '1200', '2000', '2100', '3000', '4000', '4100', '4200', '4900', '5000', '5100', '5200']);
    expect(result.chart.find((account) => account.code === '2100')?.type).toBe('liability');
    expect(result.oneSided).toMatch(/CHECK/);
    expect(result.unknownAccount).toMatch(/FOREIGN KEY/);
    expect(result.lines).toBeNull();
    expect(result.unbalanced).toMatch(/LEDGER_UNBALANCED/);
    expect(result.balanced).toBeNull();
    expect(result.edit).toMatch(/never changed/);
    expect(result.retire).toMatch(/never deleted/);
  });
});
