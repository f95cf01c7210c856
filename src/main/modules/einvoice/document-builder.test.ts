import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EinvoiceBuyer } from '../../../shared/schemas/einvoice';
import { buildConsolidated, buildIndividual, GENERAL_PUBLIC_TIN, type SupplierIdentity } from './document-builder';
import { planMonth, type Sale, type SaleLine } from './month-plan';
import { invoiceV10Schema, structureProblems } from './ubl-structure';
import { senOf } from './ubl-values';

const SUPPLIER: SupplierIdentity = {
  name: 'Klinik Mesra Sdn Bhd',
  tin: 'C25845632020',
  brn: '202001234567',
  sstNo: 'W10-1808-32000123',
  msicCode: '86201',
  activityDescription: 'General medical practice activities',
  email: 'akaun@klinikmesra.my',
  phone: '+60312345678',
  address: { line: 'No. 12, Jalan Mesra 3, Taman Mesra', city: 'Kuala Lumpur', postcode: '53000', stateCode: '14', countryCode: 'MYS' },
};
const STAMP = { codeNumber: 'EINV-2026-000001', issuedAt: new Date('2026-12-03T01:02:03.456Z') };
const PANEL: EinvoiceBuyer = {
  name: 'Syarikat Panel Sdn Bhd',
  tin: 'C10987654321',
  idType: 'BRN',
  idNo: '201901000001',
  sstNo: '',
  email: 'claims@panel.my',
  phone: '+60387654321',
  address: { line: 'Lot 5, Jalan Industri', city: 'Shah Alam', postcode: '40000', stateCode: '10', countryCode: 'MYS' },
};

const consultation = (taxRateBp = 0, discountSen = 0): SaleLine => {
  const amountSen = 3500;
  return { description: 'General consultation', quantity: 1, unitPriceSen: amountSen, amountSen, discountSen, taxRateBp, taxSen: Math.round(((amountSen - discountSen) * taxRateBp) / 10_000) };
};
const tablets: SaleLine = { description: 'paracetamol 500 mg tablet', quantity: 15, unitPriceSen: 15, amountSen: 225, discountSen: 0, taxRateBp: 0, taxSen: 0 };

let serial = 0;
function sale(lines: SaleLine[], options: { void?: boolean; panel?: boolean; number?: number; clinicDate?: string } = {}): Sale {
  serial += 1;
  const no = options.number ?? serial;
  const totalSen = lines.reduce((sum, line) => sum + line.amountSen - line.discountSen + line.taxSen, 0);
  return { invoiceId: `inv-${no}`, number: `INV-2026-${String(no).padStart(6, '0')}`, clinicDate: options.clinicDate ?? '2026-11-10', billTo: `Patient ${no}`, void: options.void ?? false, panel: options.panel ?? false, totalSen, lines };
}

describe('an individual e-invoice', () => {
  it('carries the invoice line by line, with service tax at its rate, the exempt lines as E and the totals to the sen', () => {
    const invoice = sale([consultation(600, 500), tablets]);
    const built = buildIndividual(invoice, PANEL, SUPPLIER, STAMP, '022');
    expect(structureProblems(built.document)).toEqual([]);
    const body = built.document.Invoice[0];
    expect(body.IssueDate[0]._).toBe('2026-12-03');
    expect(body.IssueTime[0]._).toBe('01:02:03Z');
    expect(body.InvoiceTypeCode[0]).toEqual({ _: '01', listVersionID: '1.0' });
    // 35.00 less 5.00 discount, 6 % of 30.00 is 1.80; tablets 2.25 exempt.
    expect(built.totalExcludingTaxSen).toBe(3225);
    expect(built.taxSen).toBe(180);
    expect(built.totalSen).toBe(invoice.totalSen);
    expect(senOf(body.LegalMonetaryTotal[0].PayableAmount)).toBe(3405);
    const [serviceTax, exempt] = body.TaxTotal[0].TaxSubtotal;
    expect([serviceTax.TaxCategory[0].ID[0]._, serviceTax.Percent?.[0]._, senOf(serviceTax.TaxableAmount), senOf(serviceTax.TaxAmount)]).toEqual(['02', 6, 3000, 180]);
    expect([exempt.TaxCategory[0].ID[0]._, senOf(exempt.TaxableAmount), exempt.TaxCategory[0].TaxExemptionReason?.[0]._]).toEqual(['E', 225, expect.stringContaining('service tax')]);
    const [first] = body.InvoiceLine;
    expect(first.AllowanceCharge?.[0].Amount[0]._).toBe(5);
    expect(first.Item[0].CommodityClassification[0].ItemClassificationCode[0]).toEqual({ _: '022', listID: 'CLASS' });
    expect(body.AccountingCustomerParty[0].Party[0].PartyIdentification.map((id) => [id.ID[0].schemeID, id.ID[0]._])).toEqual([
      ['TIN', 'C10987654321'],
      ['BRN', '201901000001'],
      ['SST', 'NA'],
    ]);
  });

  it("names a patient by MyKad number without its dashes, and the clinic's SST number or NA", () => {
    const patient: EinvoiceBuyer = { ...PANEL, name: 'Tan Ah Kow', tin: 'IG21136626090', idType: 'NRIC', idNo: '710101-10-8101' };
    const built = buildIndividual(sale([tablets]), patient, { ...SUPPLIER, sstNo: '' }, STAMP, '022');
    expect(structureProblems(built.document)).toEqual([]);
    const [tin, nric] = built.document.Invoice[0].AccountingCustomerParty[0].Party[0].PartyIdentification;
    expect([tin.ID[0]._, nric.ID[0]]).toEqual(['IG21136626090', { _: '710101108101', schemeID: 'NRIC' }]);
    expect(built.document.Invoice[0].AccountingSupplierParty[0].Party[0].PartyIdentification[2].ID[0]._).toBe('NA');
  });
});

describe("a month's consolidated e-invoice", () => {
  it('summarises runs of invoice numbers for General Public, leaving out voided, individually e-invoiced and large sales', () => {
    const sales = [
      sale([consultation(), tablets], { number: 1 }),
      sale([consultation()], { number: 2 }),
      sale([consultation()], { number: 3, void: true }),
      sale([consultation(600)], { number: 4 }),
      sale([{ ...consultation(), description: 'Surgery', unitPriceSen: 1_000_001, amountSen: 1_000_001 }], { number: 5 }),
      sale([tablets], { number: 6 }),
      sale([tablets], { number: 7 }),
      // A panel's share of a bill: the panel gets an e-invoice of its own.
      sale([tablets], { number: 8, panel: true }),
      sale([{ ...consultation(), unitPriceSen: 1_200_000, amountSen: 1_200_000 }], { number: 9 }),
    ];
    const plan = planMonth(sales, new Set(['inv-7', 'inv-9']));
    expect(plan.runs.map((run) => run.map((s) => s.number.slice(-1)))).toEqual([['1', '2'], ['4'], ['6']]);
    expect(plan.ownRequired.map((s) => s.number)).toEqual(['INV-2026-000005', 'INV-2026-000008']);
    expect(plan.sales).toBe(4);

    const built = buildConsolidated('2026-11', plan, SUPPLIER, STAMP);
    expect(structureProblems(built.document)).toEqual([]);
    const body = built.document.Invoice[0];
    const included = [sales[0], sales[1], sales[3], sales[5]];
    expect(built.totalSen).toBe(included.reduce((sum, s) => sum + s.totalSen, 0));
    expect(built.taxSen).toBe(210);
    expect(body.InvoiceLine.map((line) => line.Item[0].Description[0]._)).toEqual(['Invoices INV-2026-000001 to INV-2026-000002 (2 sales)', 'Invoice INV-2026-000004', 'Invoice INV-2026-000006']);
    expect(body.InvoiceLine.every((line) => line.Item[0].CommodityClassification[0].ItemClassificationCode[0]._ === '004')).toBe(true);
    const buyer = body.AccountingCustomerParty[0].Party[0];
    expect([buyer.PartyLegalEntity[0].RegistrationName[0]._, buyer.PartyIdentification[0].ID[0]._, buyer.PostalAddress[0].CountrySubentityCode[0]._]).toEqual(['General Public', GENERAL_PUBLIC_TIN, '17']);
    expect(body.InvoicePeriod?.[0].StartDate[0]._).toBe('2026-11-01');
    expect(body.InvoicePeriod?.[0].EndDate[0]._).toBe('2026-11-30');
  });

  it('adds up to the sen for any month of sales: lines, tax and the total of the sales it includes', () => {
    const line = fc.record({ quantity: fc.integer({ min: 1, max: 50 }), unitPriceSen: fc.integer({ min: 0, max: 50_000 }), discountBp: fc.integer({ min: 0, max: 10_000 }), taxRateBp: fc.constantFrom(0, 0, 600, 800) });
    const month = fc.array(fc.record({ lines: fc.array(line, { minLength: 1, maxLength: 6 }), void: fc.boolean(), own: fc.boolean() }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(month, (drafts) => {
        const sales = drafts.map((draft, index) =>
          sale(
            draft.lines.map((l) => {
              const amountSen = l.quantity * l.unitPriceSen;
              const discountSen = Math.floor((amountSen * l.discountBp) / 10_000);
              return { description: 'item', quantity: l.quantity, unitPriceSen: l.unitPriceSen, amountSen, discountSen, taxRateBp: l.taxRateBp, taxSen: Math.round(((amountSen - discountSen) * l.taxRateBp) / 10_000) };
            }),
            { number: index + 1, void: draft.void },
          ),
        );
        const own = new Set(sales.filter((_, index) => drafts[index].own).map((s) => s.invoiceId));
        const plan = planMonth(sales, own);
        const included = plan.runs.flat();
        expect(included.length).toBe(plan.sales);
        expect(included.every((s) => !s.void && !own.has(s.invoiceId) && s.totalSen <= 1_000_000)).toBe(true);
        if (plan.runs.length === 0) return;
        const built = buildConsolidated('2026-02', plan, SUPPLIER, STAMP);
        invoiceV10Schema.parse(built.document);
        expect(built.totalSen).toBe(included.reduce((sum, s) => sum + s.totalSen, 0));
        expect(senOf(built.document.Invoice[0].LegalMonetaryTotal[0].PayableAmount)).toBe(built.totalSen);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the structure check', () => {
  const good = () => buildIndividual(sale([consultation(600), tablets]), PANEL, SUPPLIER, STAMP, '022').document;

  it('refuses a wrong TIN, a time without Z, another currency, a missing mandatory field and figures that do not add up', () => {
    const cases: [string, (doc: ReturnType<typeof good>) => void][] = [
      ['bad TIN', (doc) => (doc.Invoice[0].AccountingSupplierParty[0].Party[0].PartyIdentification[0].ID[0]._ = '12345')],
      ['time', (doc) => (doc.Invoice[0].IssueTime[0]._ = '01:02:03')],
      ['date', (doc) => (doc.Invoice[0].IssueDate[0]._ = '03/12/2026')],
      ['currency', (doc) => (doc.Invoice[0].DocumentCurrencyCode[0]._ = 'USD')],
      ['mandatory', (doc) => delete (doc.Invoice[0] as Partial<(typeof doc.Invoice)[0]>).TaxTotal],
      ['sums', (doc) => (doc.Invoice[0].LegalMonetaryTotal[0].PayableAmount[0]._ += 0.01)],
      ['decimals', (doc) => (doc.Invoice[0].InvoiceLine[0].Price[0].PriceAmount[0]._ = 35.001)],
    ];
    for (const [what, spoil] of cases) {
      const doc = good();
      spoil(doc);
      expect(structureProblems(doc).length, what).toBeGreaterThan(0);
    }
    expect(structureProblems(good())).toEqual([]);
  });
});
