import type { CreditNote, Invoice } from '../../../shared/schemas/billing';
import type { InvoiceLineRecord, InvoiceRecord, PaymentRecord } from './entities';
import { balanceOf } from './invoice-balance';

/** An invoice as the API answers it: its lines, its payments with who took them, and what is still owed. */
export function toInvoice(record: InvoiceRecord, lines: readonly InvoiceLineRecord[], payments: readonly PaymentRecord[], creditNotes: readonly (CreditNote & { issuedBy: string | null; invoiceId: string })[], names: ReadonlyMap<string, string>): Invoice {
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  const { issuedBy, voidedBy: _voidedBy, voidedAt: _voidedAt, ...invoice } = record;
  return {
    ...invoice,
    lines: lines.map(({ invoiceId: _invoice, position: _position, sourceKind: _kind, sourceId: _source, ...line }) => line),
    balanceSen: balanceOf(record),
    issuedByName: nameOf(issuedBy),
    creditNotes: creditNotes.map(({ issuedBy, invoiceId: _invoice, ...note }) => ({ ...note, issuedByName: nameOf(issuedBy) })),
    payments: payments.map(({ invoiceId: _invoice, clinicDate: _date, takenBy, voidReason: _reason, voidedBy: _by, voidedAt: _at, sessionId: _session, voidedSessionId: _voidSession, voidedClinicDate: _voidDate, ...payment }) => ({ ...payment, takenByName: nameOf(takenBy) })),
  };
}
