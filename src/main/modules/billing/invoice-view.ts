import type { Invoice } from '../../../shared/schemas/billing';
import type { InvoiceLineRecord, InvoiceRecord, PaymentRecord } from './entities';

/** An invoice as the API answers it: its lines, its payments with who took them, and what is still owed. */
export function toInvoice(record: InvoiceRecord, lines: readonly InvoiceLineRecord[], payments: readonly PaymentRecord[], names: ReadonlyMap<string, string>): Invoice {
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  const { issuedBy, voidedBy: _voidedBy, voidedAt: _voidedAt, ...invoice } = record;
  return {
    ...invoice,
    lines: lines.map(({ invoiceId: _invoice, position: _position, sourceKind: _kind, sourceId: _source, ...line }) => line),
    balanceSen: record.status === 'void' ? 0 : record.totalSen + record.roundingSen - record.paidSen,
    issuedByName: nameOf(issuedBy),
    payments: payments.map(({ invoiceId: _invoice, clinicDate: _date, takenBy, voidReason: _reason, voidedBy: _by, voidedAt: _at, sessionId: _session, voidedSessionId: _voidSession, voidedClinicDate: _voidDate, ...payment }) => ({ ...payment, takenByName: nameOf(takenBy) })),
  };
}
