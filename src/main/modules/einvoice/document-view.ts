import type { EinvoiceDocument, EinvoiceSettings, EinvoiceValidationMessage } from '../../../shared/schemas/einvoice';
import { AppError } from '../../errors/app-error';
import type { SupplierIdentity } from './document-builder';
import type { EinvoiceDocumentRecord } from './entities';
import type { Sale } from './month-plan';

/** A stored e-invoice as the API answers it: its invoices' numbers and the people's names put in. */
export function toEinvoiceDocument(record: EinvoiceDocumentRecord, invoices: { id: string; number: string }[], names: ReadonlyMap<string, string>): EinvoiceDocument {
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    id: record.id,
    kind: record.kind,
    codeNumber: record.codeNumber,
    period: record.period,
    invoices,
    buyerName: record.buyerName,
    buyerTin: record.buyerTin,
    lineCount: record.lineCount,
    totalExcludingTaxSen: record.totalExcludingTaxSen,
    taxSen: record.taxSen,
    totalSen: record.totalSen,
    status: record.status,
    submissionUid: record.submissionUid,
    documentUuid: record.documentUuid,
    longId: record.longId,
    messages: record.validationJson ? (JSON.parse(record.validationJson) as EinvoiceValidationMessage[]) : [],
    documentHash: record.documentHash,
    createdAt: record.createdAt,
    createdByName: nameOf(record.createdBy),
    submittedAt: record.submittedAt,
    submittedByName: nameOf(record.submittedBy),
    checkedAt: record.checkedAt,
  };
}

/** An issued invoice as the builders read it. */
export function toSale(invoice: { id: string; number: string; clinicDate: string; billTo: string; status: string; totalSen: number; portion: 'patient' | 'panel'; lines: Sale['lines'] }): Sale {
  return { invoiceId: invoice.id, number: invoice.number, clinicDate: invoice.clinicDate, billTo: invoice.billTo, void: invoice.status === 'void', panel: invoice.portion === 'panel', totalSen: invoice.totalSen, lines: invoice.lines };
}

/**
 * The clinic as the supplier, from its e-invoice settings and its name: every identifier the SDK
 * makes mandatory must be there, or EINVOICE_SETTINGS_INCOMPLETE names the ones missing.
 */
export function supplierOf(settings: EinvoiceSettings, clinicName: string): SupplierIdentity {
  const required = { tin: settings.tin, brn: settings.brn, msicCode: settings.msicCode, activityDescription: settings.activityDescription, phone: settings.phone, 'address.line': settings.address.line, 'address.city': settings.address.city };
  const missing = Object.entries(required)
    .filter(([, value]) => value.trim() === '')
    .map(([field]) => field);
  if (missing.length > 0) throw new AppError('EINVOICE_SETTINGS_INCOMPLETE', { fields: missing });
  return {
    name: clinicName,
    tin: settings.tin,
    brn: settings.brn,
    sstNo: settings.sstNo,
    msicCode: settings.msicCode,
    activityDescription: settings.activityDescription,
    email: settings.email,
    phone: settings.phone,
    address: { ...settings.address, countryCode: 'MYS' },
  };
}
