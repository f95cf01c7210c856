import { describe, expect, it } from 'vitest';
import { acrossMigration, refusalOf as refusal } from './migration-test-store';

describe('1798675200000-panel-claims', () => {
  it('gives panels made before it no cap, no exclusions and no co-payment, and makes invoices made before it the patient’s', async () => {
    const result = await acrossMigration(
      'PanelClaims1798675200000',
      async (db) => {
        await db.query(`INSERT INTO panels (id, code, name, kind, active, created_at, updated_at) VALUES ('p1', 'SHELL', 'Shell Malaysia', 'corporate', 1, 'x', 'x')`);
        await db.query(`INSERT INTO invoices (id, number, bill_to, clinic_date, status, subtotal_sen, discount_sen, tax_sen, total_sen, issued_at)
                        VALUES ('i1', 'INV-2026-000001', 'Walk-in', '2026-12-01', 'issued', 1000, 0, 0, 1000, '2026-12-01T02:00:00Z')`);
      },
      async (db) => ({
        panels: await db.query<unknown[]>(`SELECT cap_per_visit_sen, excluded_kinds_json, copay_fixed_sen, copay_percent_bp, mc_allowed, claim_deadline_days, statement_period, tin FROM panels`),
        invoices: await db.query<unknown[]>(`SELECT portion, panel_id FROM invoices`),
        badPortion: await refusal(db, `UPDATE invoices SET portion = 'insurer'`),
        badPercent: await refusal(db, `UPDATE panels SET copay_percent_bp = 10001`),
        indexes: await db.query<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'invoices_one_per_visit%'`),
      }),
    );
    expect(result.panels).toEqual([{ cap_per_visit_sen: null, excluded_kinds_json: '[]', copay_fixed_sen: 0, copay_percent_bp: 0, mc_allowed: 1, claim_deadline_days: 30, statement_period: 'monthly', tin: null }]);
    expect(result.invoices).toEqual([{ portion: 'patient', panel_id: null }]);
    expect(result.badPortion).toMatch(/CHECK/);
    expect(result.badPercent).toMatch(/CHECK/);
    expect(result.indexes.map((index) => index.name)).toEqual(['invoices_one_per_visit_portion']);
  });
});
