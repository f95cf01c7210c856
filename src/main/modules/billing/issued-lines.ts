import type { InvoiceLineKind } from '../../../shared/schemas/billing';
import type { UnitOfWork } from '../../work/unit-of-work';

/** A line of an invoice that stands (not void), with what the invoice was for: what the finance reports add up. */
export interface IssuedLine {
  invoiceId: string;
  invoiceNo: string;
  clinicDate: string;
  visitId: string | null;
  kind: InvoiceLineKind;
  /** The line's amount less its part of the invoice's discount, before tax. */
  netSen: number;
}

/** Billing's answer to the finance reports: the lines of the invoices issued between two clinic dates, in one read. */
export class IssuedLines {
  async between(uow: UnitOfWork, from: string, to: string): Promise<IssuedLine[]> {
    const rows = await uow.db.query<{ invoice_id: string; number: string; clinic_date: string; visit_id: string | null; kind: InvoiceLineKind; net_sen: number }[]>(
      `SELECT i.id AS invoice_id, i.number, i.clinic_date, i.visit_id, l.kind, l.amount_sen - l.discount_sen AS net_sen
       FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
       WHERE i.clinic_date BETWEEN ? AND ? AND i.status <> 'void'
       ORDER BY i.clinic_date, i.number, l.position`,
      [from, to],
    );
    return rows.map((row) => ({ invoiceId: row.invoice_id, invoiceNo: row.number, clinicDate: row.clinic_date, visitId: row.visit_id, kind: row.kind, netSen: row.net_sen }));
  }
}
