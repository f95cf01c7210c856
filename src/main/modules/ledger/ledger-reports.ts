import { In } from 'typeorm';
import type { AccountStatement, AccountStatementInput, LedgerAccount, LedgerEntry, LedgerRangeInput, LedgerSourceKind, TrialBalance } from '../../../shared/schemas/ledger';
import { accountStatementInputSchema, ledgerRangeInputSchema } from '../../../shared/schemas/ledger';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import { LedgerAccountEntity, LedgerEntryEntity, LedgerLineEntity } from './entities';
import { trialBalanceOf, type AccountTotals } from './trial-balance';

/** A busy clinic's year of postings is far below this; a day book past it should be a narrower range. */
export const DAY_BOOK_LIMIT = 20_000;

/** What the clinic's accountant reads from the books: the chart, the trial balance and the day book. */
export class LedgerReports {
  accounts(uow: UnitOfWork): Promise<LedgerAccount[]> {
    return uow.db.getRepository(LedgerAccountEntity).find({ order: { code: 'ASC' } });
  }

  async trialBalance(uow: UnitOfWork, raw: LedgerRangeInput): Promise<TrialBalance> {
    const range = ledgerRangeInputSchema.parse(raw);
    const totals = await uow.db.query<AccountTotals[]>(
      `SELECT l.account_code AS accountCode, SUM(l.debit_sen) AS debitSen, SUM(l.credit_sen) AS creditSen
         FROM ledger_lines l JOIN ledger_entries e ON e.id = l.entry_id
        WHERE e.clinic_date BETWEEN ? AND ?
        GROUP BY l.account_code`,
      [range.from, range.to],
    );
    const numeric = totals.map((total) => ({ accountCode: total.accountCode, debitSen: Number(total.debitSen), creditSen: Number(total.creditSen) }));
    return { ...range, ...trialBalanceOf(await this.accounts(uow), numeric) };
  }

  /** Every entry of the range with its lines, in the order they were posted. */
  async dayBook(uow: UnitOfWork, raw: LedgerRangeInput): Promise<{ entries: LedgerEntry[]; capped: boolean }> {
    const range = ledgerRangeInputSchema.parse(raw);
    const records = await uow.db
      .getRepository(LedgerEntryEntity)
      .createQueryBuilder('e')
      .where('e.clinic_date BETWEEN :from AND :to', range)
      .orderBy('e.posted_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .take(DAY_BOOK_LIMIT + 1)
      .getMany();
    const kept = records.slice(0, DAY_BOOK_LIMIT);
    const names = new Map((await this.accounts(uow)).map((account) => [account.code, account.name]));
    const lines = await this.linesOf(uow, kept.map((record) => record.id));
    const entries = kept.map((record) => ({
      id: record.id,
      clinicDate: record.clinicDate,
      postedAt: record.postedAt,
      sourceKind: record.sourceKind,
      sourceId: record.sourceId,
      memo: record.memo,
      totalSen: record.totalSen,
      reversesId: record.reversesId,
      lines: (lines.get(record.id) ?? []).map((line) => ({ accountCode: line.accountCode, accountName: names.get(line.accountCode) ?? line.accountCode, debitSen: line.debitSen, creditSen: line.creditSen })),
    }));
    return { entries, capped: records.length > DAY_BOOK_LIMIT };
  }

  /** One account's lines over the range in the order they were posted, from its balance the day before. */
  async statement(uow: UnitOfWork, raw: AccountStatementInput): Promise<AccountStatement> {
    const input = accountStatementInputSchema.parse(raw);
    const account = await uow.db.getRepository(LedgerAccountEntity).findOneBy({ code: input.code });
    if (!account) throw new AppError('NOT_FOUND', { entity: 'ledgerAccount', id: input.code });
    const [opening] = await uow.db.query<{ balanceSen: number | null }[]>(
      `SELECT SUM(l.debit_sen - l.credit_sen) AS balanceSen FROM ledger_lines l JOIN ledger_entries e ON e.id = l.entry_id WHERE l.account_code = ? AND e.clinic_date < ?`,
      [input.code, input.from],
    );
    const rows = await uow.db.query<{ entryId: string; clinicDate: string; postedAt: string; sourceKind: LedgerSourceKind; memo: string; debitSen: number; creditSen: number }[]>(
      `SELECT e.id AS entryId, e.clinic_date AS clinicDate, e.posted_at AS postedAt, e.source_kind AS sourceKind, e.memo AS memo, l.debit_sen AS debitSen, l.credit_sen AS creditSen
         FROM ledger_lines l JOIN ledger_entries e ON e.id = l.entry_id
        WHERE l.account_code = ? AND e.clinic_date BETWEEN ? AND ?
        ORDER BY e.posted_at, e.id, l.position
        LIMIT ?`,
      [input.code, input.from, input.to, DAY_BOOK_LIMIT],
    );
    const openingSen = Number(opening?.balanceSen ?? 0);
    let balanceSen = openingSen;
    const lines = rows.map((row) => {
      balanceSen += row.debitSen - row.creditSen;
      return { ...row, balanceSen };
    });
    return { account, from: input.from, to: input.to, openingSen, lines, closingSen: balanceSen };
  }

  /** Lines by entry, read in chunks (SQLite caps a statement's parameters). */
  private async linesOf(uow: UnitOfWork, entryIds: readonly string[]) {
    const byEntry = new Map<string, { accountCode: string; debitSen: number; creditSen: number }[]>();
    for (let at = 0; at < entryIds.length; at += 500) {
      const rows = await uow.db.getRepository(LedgerLineEntity).find({ where: { entryId: In(entryIds.slice(at, at + 500)) }, order: { entryId: 'ASC', position: 'ASC' } });
      for (const row of rows) {
        const lines = byEntry.get(row.entryId);
        if (lines) lines.push(row);
        else byEntry.set(row.entryId, [row]);
      }
    }
    return byEntry;
  }
}
