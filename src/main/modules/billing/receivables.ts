import type { OwedInvoice } from '../../../shared/schemas/billing';
import type { UnitOfWork } from '../../work/unit-of-work';

/** How many of the oldest debts the counter lists; a clinic with more has a collections problem the finance reports show. */
const LISTED = 200;

/** What patients still owe from earlier days: their invoices issued before today and not yet paid in full, oldest first (panels' shares are claimed, not collected here). */
export class Receivables {
  async owedBefore(uow: UnitOfWork, clinicDate: string): Promise<OwedInvoice[]> {
    const rows = await uow.db.query<{ id: string; number: string; clinic_date: string; bill_to: string; patient_id: string | null; balance_sen: number }[]>(
      `SELECT id, number, clinic_date, bill_to, patient_id, total_sen + rounding_sen - paid_sen - credited_sen + refunded_sen AS balance_sen
       FROM invoices
       WHERE status IN ('issued', 'part-paid') AND portion = 'patient' AND clinic_date < ?
       ORDER BY clinic_date, number
       LIMIT ?`,
      [clinicDate, LISTED],
    );
    const dayMs = 86_400_000;
    return rows.map((row) => ({ id: row.id, number: row.number, clinicDate: row.clinic_date, billTo: row.bill_to, patientId: row.patient_id, balanceSen: row.balance_sen, daysOwed: Math.round((Date.parse(clinicDate) - Date.parse(row.clinic_date)) / dayMs) }));
  }
}
