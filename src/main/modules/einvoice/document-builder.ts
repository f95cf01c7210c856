import type { EinvoiceAddress, EinvoiceBuyer } from '../../../shared/schemas/einvoice';
import { monthDays, type MonthPlan, type Sale, type SaleLine } from './month-plan';
import type { InvoiceV10 } from './ubl-structure';
import { contact, myr, postalAddress, TaxBuckets, value } from './ubl-values';

/**
 * Builds MyInvois e-invoices (UBL 2.1 JSON, document version 1.0, no signature) from issued
 * invoices. Pure: no store, no clock, no network; the service passes the sales, the clinic's
 * identifiers and the stamp (code number and issue instant). See SOURCE.md for the SDK pages and
 * samples this follows.
 */

/** The clinic as the supplier: from its e-invoice settings and its profile's name. */
export interface SupplierIdentity {
  name: string;
  tin: string;
  brn: string;
  /** "NA" when the clinic is not registered for SST. */
  sstNo: string;
  msicCode: string;
  activityDescription: string;
  email: string;
  phone: string;
  address: EinvoiceAddress;
}

export interface DocumentStamp {
  /** The e-invoice's own number (the SDK's "e-Invoice Code / Number"). */
  codeNumber: string;
  issuedAt: Date;
}

export interface BuiltDocument {
  document: InvoiceV10;
  lineCount: number;
  totalExcludingTaxSen: number;
  taxSen: number;
  totalSen: number;
}

/** "General Public" with the SDK's placeholder TIN: the buyer of a consolidated e-invoice, its other fields "NA". */
export const GENERAL_PUBLIC_TIN = 'EI00000000010';
/** The classification every line of a consolidated e-invoice carries (LHDN's list: 004 "Consolidated e-Invoice"). */
export const CONSOLIDATED_CLASSIFICATION = '004';

const NOT_APPLICABLE_ADDRESS: EinvoiceAddress = { line: 'NA', city: 'NA', postcode: '', stateCode: '17', countryCode: 'MYS' };

/** An individual e-invoice for one invoice and the buyer who asked for it (a patient, a parent, a panel company). */
export function buildIndividual(sale: Sale, buyer: EinvoiceBuyer, supplier: SupplierIdentity, stamp: DocumentStamp, classificationCode: string): BuiltDocument {
  const taxes = new TaxBuckets();
  const lines = sale.lines.map((line, index) => {
    taxes.add(line);
    return invoiceLine(index + 1, { description: line.description, quantity: line.quantity, unitPriceSen: line.unitPriceSen, amountSen: line.amountSen, discountSen: line.discountSen }, lineTaxes([line]), classificationCode);
  });
  const customer = {
    PartyIdentification: [
      { ID: value(buyer.tin, { schemeID: 'TIN' }) },
      { ID: value(buyer.idType === 'NRIC' ? buyer.idNo.replace(/-/g, '') : buyer.idNo, { schemeID: buyer.idType }) },
      { ID: value(buyer.sstNo || 'NA', { schemeID: 'SST' }) },
    ],
    PostalAddress: postalAddress(buyer.address),
    PartyLegalEntity: [{ RegistrationName: value(buyer.name) }],
    Contact: contact(buyer.phone, buyer.email),
  };
  return assemble(stamp, supplier, customer, lines, taxes, null);
}

/** The month's consolidated e-invoice for the patient sales that need no e-invoice of their own. */
export function buildConsolidated(month: string, plan: MonthPlan, supplier: SupplierIdentity, stamp: DocumentStamp): BuiltDocument {
  const taxes = new TaxBuckets();
  const lines = plan.runs.map((run, index) => {
    const saleLines = run.flatMap((sale) => sale.lines);
    for (const line of saleLines) taxes.add(line);
    let amountSen = 0;
    let discountSen = 0;
    for (const line of saleLines) {
      amountSen += line.amountSen;
      discountSen += line.discountSen;
    }
    return invoiceLine(index + 1, { description: runDescription(run), quantity: 1, unitPriceSen: amountSen, amountSen, discountSen }, lineTaxes(saleLines), CONSOLIDATED_CLASSIFICATION);
  });
  const customer = {
    PartyIdentification: [{ ID: value(GENERAL_PUBLIC_TIN, { schemeID: 'TIN' }) }, { ID: value('NA', { schemeID: 'NRIC' }) }],
    PostalAddress: postalAddress(NOT_APPLICABLE_ADDRESS),
    PartyLegalEntity: [{ RegistrationName: value('General Public') }],
    Contact: contact('NA', ''),
  };
  const { first, last } = monthDays(month);
  return assemble(stamp, supplier, customer, lines, taxes, { StartDate: value(first), EndDate: value(last), Description: value('Monthly') });
}

/** "Invoices INV-2026-000001 to INV-2026-000120 (120 sales)", or the one invoice's number. */
function runDescription(run: readonly Sale[]): string {
  if (run.length === 1) return `Invoice ${run[0].number}`;
  return `Invoices ${run[0].number} to ${run[run.length - 1].number} (${run.length} sales)`;
}

function lineTaxes(lines: readonly SaleLine[]): TaxBuckets {
  const taxes = new TaxBuckets();
  for (const line of lines) taxes.add(line);
  return taxes;
}

function invoiceLine(id: number, line: { description: string; quantity: number; unitPriceSen: number; amountSen: number; discountSen: number }, taxes: TaxBuckets, classificationCode: string) {
  return {
    ID: value(String(id)),
    // C62 is UN/ECE's "one": a consultation, a tablet, a month's summary line.
    InvoicedQuantity: value(line.quantity, { unitCode: 'C62' }),
    LineExtensionAmount: myr(line.amountSen - line.discountSen),
    ...(line.discountSen > 0 ? { AllowanceCharge: [{ ChargeIndicator: value(false), AllowanceChargeReason: value('Discount'), Amount: myr(line.discountSen) }] } : {}),
    TaxTotal: taxes.toTaxTotal(),
    Item: [{ CommodityClassification: [{ ItemClassificationCode: value(classificationCode, { listID: 'CLASS' }) }], Description: value(line.description.slice(0, 300)) }],
    Price: [{ PriceAmount: myr(line.unitPriceSen) }],
    ItemPriceExtension: [{ Amount: myr(line.amountSen) }],
  };
}

function assemble(stamp: DocumentStamp, supplier: SupplierIdentity, customer: object, lines: ReturnType<typeof invoiceLine>[], taxes: TaxBuckets, period: object | null): BuiltDocument {
  let netSen = 0;
  for (const line of lines) netSen += Math.round(line.LineExtensionAmount[0]._ * 100);
  const taxSen = taxes.taxSen;
  const iso = stamp.issuedAt.toISOString();
  const invoice = {
    ID: value(stamp.codeNumber),
    IssueDate: value(iso.slice(0, 10)),
    IssueTime: value(`${iso.slice(11, 19)}Z`),
    InvoiceTypeCode: value('01', { listVersionID: '1.0' }),
    DocumentCurrencyCode: value('MYR'),
    ...(period ? { InvoicePeriod: [period] } : {}),
    AccountingSupplierParty: [{ Party: [supplierParty(supplier)] }],
    AccountingCustomerParty: [{ Party: [customer] }],
    TaxTotal: taxes.toTaxTotal(),
    LegalMonetaryTotal: [{ LineExtensionAmount: myr(netSen), TaxExclusiveAmount: myr(netSen), TaxInclusiveAmount: myr(netSen + taxSen), PayableAmount: myr(netSen + taxSen) }],
    InvoiceLine: lines,
  };
  const document = {
    _D: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
    _A: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
    _B: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
    Invoice: [invoice],
    // The literal's type is wider than the schema's tuples; every built document is checked against
    // invoiceV10Schema (by EinvoiceDocuments before it is kept, and by the tests).
  } as unknown as InvoiceV10;
  return { document, lineCount: lines.length, totalExcludingTaxSen: netSen, taxSen, totalSen: netSen + taxSen };
}

function supplierParty(supplier: SupplierIdentity) {
  return {
    IndustryClassificationCode: value(supplier.msicCode, { name: supplier.activityDescription }),
    PartyIdentification: [
      { ID: value(supplier.tin, { schemeID: 'TIN' }) },
      { ID: value(supplier.brn, { schemeID: 'BRN' }) },
      { ID: value(supplier.sstNo || 'NA', { schemeID: 'SST' }) },
      // Tourism tax registration: a clinic has none.
      { ID: value('NA', { schemeID: 'TTX' }) },
    ],
    PostalAddress: postalAddress(supplier.address),
    PartyLegalEntity: [{ RegistrationName: value(supplier.name) }],
    Contact: contact(supplier.phone, supplier.email),
  };
}
