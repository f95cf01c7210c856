import { z } from 'zod';
import { STATE_CODES, TIN_PATTERN } from '../../../shared/schemas/einvoice';

/**
 * The MyInvois Invoice v1.0 JSON structure (UBL 2.1 in LHDN's JSON form: every element an array of
 * objects, the value under "_" and attributes beside it), for the fields this module produces. The
 * mandatory fields are required; formats as the SDK's data dictionary gives them. Tests check every
 * built document against it, and the local MyInvois stand-in validates what it receives with it.
 * Objects are strict: a misspelt element name is an error here before it is one at LHDN.
 */

const one = <T extends z.ZodType>(item: T) => z.tuple([item]);
const text = (pattern?: RegExp, max = 300) => one(z.object({ _: pattern ? z.string().regex(pattern) : z.string().min(1).max(max) }).strict());
const withAttributes = <V extends z.ZodType, A extends z.ZodRawShape>(value: V, attributes: A) => one(z.object({ _: value, ...attributes }).strict());

/** A decimal amount with at most two places, made from whole sen. */
const decimal = z.number().nonnegative().refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, 'at most two decimal places');
const amount = withAttributes(decimal, { currencyID: z.literal('MYR') });
const date = text(/^\d{4}-\d{2}-\d{2}$/);
const time = text(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/);

const partyId = (scheme: string, pattern?: RegExp) => z.object({ ID: withAttributes(pattern ? z.string().regex(pattern) : z.string().min(1).max(35), { schemeID: z.literal(scheme) }) }).strict();
const tinId = partyId('TIN', TIN_PATTERN);
const buyerId = z.union([partyId('NRIC', /^(\d{12}|NA)$/), partyId('PASSPORT'), partyId('BRN', /^(\d{12}|NA)$/), partyId('ARMY')]);

const address = one(
  z
    .object({
      CityName: text(undefined, 50),
      PostalZone: z.tuple([z.object({ _: z.string().max(10) }).strict()]).optional(),
      CountrySubentityCode: text(new RegExp(`^(${STATE_CODES.join('|')})$`)),
      AddressLine: z.array(z.object({ Line: text(undefined, 150) }).strict()).min(1).max(3),
      Country: one(z.object({ IdentificationCode: withAttributes(z.string().regex(/^[A-Z]{3}$/), { listID: z.literal('ISO3166-1'), listAgencyID: z.literal('6') }) }).strict()),
    })
    .strict(),
);
const contact = one(z.object({ Telephone: text(/^(\+?[0-9 -]{8,20}|NA)$/), ElectronicMail: text(undefined, 320).optional() }).strict());
const legalName = one(z.object({ RegistrationName: text(undefined, 300) }).strict());

const supplierParty = one(
  z
    .object({
      Party: one(
        z
          .object({
            IndustryClassificationCode: withAttributes(z.string().regex(/^\d{5}$/), { name: z.string().min(1).max(300) }),
            PartyIdentification: z.tuple([tinId, partyId('BRN', /^\d{12}$/), partyId('SST'), partyId('TTX')]),
            PostalAddress: address,
            PartyLegalEntity: legalName,
            Contact: contact,
          })
          .strict(),
      ),
    })
    .strict(),
);

const customerParty = one(
  z
    .object({
      Party: one(
        z
          .object({
            PartyIdentification: z.tuple([tinId, buyerId]).rest(z.union([partyId('SST'), partyId('TTX')])),
            PostalAddress: address,
            PartyLegalEntity: legalName,
            Contact: contact,
          })
          .strict(),
      ),
    })
    .strict(),
);

/** Tax types: 02 service tax (with its rate), E exempt (with the reason), 06 not applicable. */
const taxCategory = one(
  z
    .object({
      ID: text(/^(01|02|03|04|05|06|E)$/),
      TaxExemptionReason: text(undefined, 300).optional(),
      TaxScheme: one(z.object({ ID: withAttributes(z.literal('OTH'), { schemeID: z.literal('UN/ECE 5153'), schemeAgencyID: z.literal('6') }) }).strict()),
    })
    .strict()
    .refine((category) => category.ID[0]._ !== 'E' || category.TaxExemptionReason !== undefined, 'an exempt category needs its reason'),
);
const taxSubtotal = z
  .object({
    TaxableAmount: amount,
    TaxAmount: amount,
    Percent: one(z.object({ _: z.number().min(0).max(100) }).strict()).optional(),
    TaxCategory: taxCategory,
  })
  .strict();
const taxTotal = one(z.object({ TaxAmount: amount, TaxSubtotal: z.array(taxSubtotal).min(1) }).strict());

const invoiceLine = z
  .object({
    ID: text(/^\d{1,10}$/),
    InvoicedQuantity: withAttributes(z.number().positive(), { unitCode: z.string().regex(/^[A-Z0-9]{2,3}$/) }),
    LineExtensionAmount: amount,
    AllowanceCharge: z
      .array(z.object({ ChargeIndicator: one(z.object({ _: z.boolean() }).strict()), AllowanceChargeReason: text(undefined, 300), Amount: amount }).strict())
      .optional(),
    TaxTotal: taxTotal,
    Item: one(
      z
        .object({
          CommodityClassification: z.array(z.object({ ItemClassificationCode: withAttributes(z.string().regex(/^\d{3}$/), { listID: z.literal('CLASS') }) }).strict()).min(1),
          Description: text(undefined, 300),
        })
        .strict(),
    ),
    Price: one(z.object({ PriceAmount: amount }).strict()),
    ItemPriceExtension: one(z.object({ Amount: amount }).strict()),
  })
  .strict();

export const invoiceV10Schema = z
  .object({
    _D: z.literal('urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'),
    _A: z.literal('urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2'),
    _B: z.literal('urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2'),
    Invoice: one(
      z
        .object({
          ID: text(undefined, 50),
          IssueDate: date,
          IssueTime: time,
          // Version 1.0: no digital signature (1.1 carries one).
          InvoiceTypeCode: withAttributes(z.literal('01'), { listVersionID: z.literal('1.0') }),
          DocumentCurrencyCode: text(/^MYR$/),
          InvoicePeriod: one(z.object({ StartDate: date, EndDate: date, Description: text(undefined, 50) }).strict()).optional(),
          AccountingSupplierParty: supplierParty,
          AccountingCustomerParty: customerParty,
          TaxTotal: taxTotal,
          LegalMonetaryTotal: one(
            z
              .object({
                LineExtensionAmount: amount,
                TaxExclusiveAmount: amount,
                TaxInclusiveAmount: amount,
                PayableAmount: amount,
              })
              .strict(),
          ),
          InvoiceLine: z.array(invoiceLine).min(1),
        })
        .strict()
        .superRefine(checkSums),
    ),
  })
  .strict();
export type InvoiceV10 = z.infer<typeof invoiceV10Schema>;

type InvoiceBody = {
  TaxTotal: z.infer<typeof taxTotal>;
  LegalMonetaryTotal: [{ LineExtensionAmount: [{ _: number }]; TaxExclusiveAmount: [{ _: number }]; TaxInclusiveAmount: [{ _: number }]; PayableAmount: [{ _: number }] }];
  InvoiceLine: z.infer<typeof invoiceLine>[];
};

/** The figures must add up to the sen, as MyInvois's calculation checks do: lines to totals, subtotals to tax. */
function checkSums(invoice: InvoiceBody, context: z.RefinementCtx): void {
  const sen = (amount: readonly { _: number }[]) => Math.round(amount[0]._ * 100);
  const problem = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
  const taxOf = (total: z.infer<typeof taxTotal>, path: (string | number)[]) => {
    const subtotals = total[0].TaxSubtotal.reduce((sum, subtotal) => sum + sen(subtotal.TaxAmount), 0);
    if (subtotals !== sen(total[0].TaxAmount)) problem(path, 'tax subtotals do not add up to the tax amount');
    return sen(total[0].TaxAmount);
  };
  let lines = 0;
  let lineTax = 0;
  invoice.InvoiceLine.forEach((line, index) => {
    const allowances = (line.AllowanceCharge ?? []).reduce((sum, charge) => sum + (charge.ChargeIndicator[0]._ ? -1 : 1) * sen(charge.Amount), 0);
    if (sen(line.ItemPriceExtension[0].Amount) - allowances !== sen(line.LineExtensionAmount)) problem(['InvoiceLine', index, 'LineExtensionAmount'], 'line amount is not its subtotal less its discount');
    lines += sen(line.LineExtensionAmount);
    lineTax += taxOf(line.TaxTotal, ['InvoiceLine', index, 'TaxTotal']);
  });
  const totals = invoice.LegalMonetaryTotal[0];
  const tax = taxOf(invoice.TaxTotal, ['TaxTotal']);
  if (lines !== sen(totals.LineExtensionAmount)) problem(['LegalMonetaryTotal', 'LineExtensionAmount'], 'lines do not add up to the total');
  if (lineTax !== tax) problem(['TaxTotal'], "lines' tax does not add up to the document's tax");
  if (sen(totals.TaxExclusiveAmount) + tax !== sen(totals.TaxInclusiveAmount)) problem(['LegalMonetaryTotal', 'TaxInclusiveAmount'], 'total with tax is not the total without tax plus the tax');
  if (sen(totals.PayableAmount) !== sen(totals.TaxInclusiveAmount)) problem(['LegalMonetaryTotal', 'PayableAmount'], 'payable amount is not the total with tax');
}

/** The document's structure problems as MyInvois-style messages (path and what is wrong), empty when it fits. */
export function structureProblems(document: unknown): { path: string; message: string }[] {
  const result = invoiceV10Schema.safeParse(document);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}
