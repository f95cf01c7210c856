import type { EinvoiceAddress } from '../../../shared/schemas/einvoice';

/** LHDN's JSON form of UBL: every element an array of objects, the value under "_", attributes beside it. */
export function value<T, A extends Record<string, string> = Record<never, string>>(content: T, attributes?: A): [{ _: T } & A] {
  return [{ _: content, ...(attributes ?? ({} as A)) }];
}

/**
 * An amount in ringgit for the document, from whole sen: the sum is done in integers and only the
 * result becomes a decimal (an integer divided by 100 prints back as its two-place decimal).
 */
export function myr(sen: number): [{ _: number; currencyID: 'MYR' }] {
  if (!Number.isSafeInteger(sen)) throw new RangeError(`amount in sen must be a whole number, not ${sen}`);
  return [{ _: sen / 100, currencyID: 'MYR' }];
}

/** Sen from an amount as it is written in a document (for the stand-in's and the tests' sums). */
export function senOf(amount: readonly { _: number }[]): number {
  return Math.round(amount[0]._ * 100);
}

export function postalAddress(address: EinvoiceAddress) {
  return [
    {
      CityName: value(address.city),
      ...(address.postcode ? { PostalZone: value(address.postcode) } : {}),
      CountrySubentityCode: value(address.stateCode),
      AddressLine: splitAddressLine(address.line).map((line) => ({ Line: value(line) })),
      Country: [{ IdentificationCode: value(address.countryCode, { listID: 'ISO3166-1', listAgencyID: '6' }) }],
    },
  ];
}

/** The SDK gives an address up to three lines: a long one is split at commas, the rest kept on the last line. */
function splitAddressLine(line: string): string[] {
  const parts = line.split(/\s*(?:,|\n)\s*/).filter(Boolean);
  if (parts.length <= 3) return parts.length > 0 ? parts : [line];
  return [parts[0], parts[1], parts.slice(2).join(', ')];
}

export function contact(phone: string, email: string) {
  return [{ Telephone: value(phone), ...(email ? { ElectronicMail: value(email) } : {}) }];
}

/** Tax types from the SDK's code list: 02 service tax, E exempt. */
export type TaxCategory = '02' | 'E';

/** Why no service tax is charged: medicines, and healthcare for citizens, are outside it (Service Tax Act 2018 as amended 1 July 2025). */
export const EXEMPTION_REASON = 'Not subject to service tax: medicines and healthcare services to Malaysian citizens (Service Tax Act 2018)';

/** Tax added up per category and rate, in sen. */
export class TaxBuckets {
  private readonly buckets = new Map<string, { category: TaxCategory; rateBp: number; taxableSen: number; taxSen: number }>();

  add(line: { amountSen: number; discountSen: number; taxRateBp: number; taxSen: number }): void {
    const category: TaxCategory = line.taxRateBp > 0 ? '02' : 'E';
    const key = `${category}:${line.taxRateBp}`;
    const bucket = this.buckets.get(key) ?? { category, rateBp: line.taxRateBp, taxableSen: 0, taxSen: 0 };
    bucket.taxableSen += line.amountSen - line.discountSen;
    bucket.taxSen += line.taxSen;
    this.buckets.set(key, bucket);
  }

  get taxSen(): number {
    let sum = 0;
    for (const bucket of this.buckets.values()) sum += bucket.taxSen;
    return sum;
  }

  /** The TaxTotal element: the total and a subtotal per category and rate (exempt last). */
  toTaxTotal() {
    const buckets = [...this.buckets.values()].sort((a, b) => (a.category === b.category ? a.rateBp - b.rateBp : a.category === 'E' ? 1 : -1));
    return [
      {
        TaxAmount: myr(this.taxSen),
        TaxSubtotal: buckets.map((bucket) => ({
          TaxableAmount: myr(bucket.taxableSen),
          TaxAmount: myr(bucket.taxSen),
          Percent: value(bucket.rateBp / 100),
          TaxCategory: [
            {
              ID: value(bucket.category),
              ...(bucket.category === 'E' ? { TaxExemptionReason: value(EXEMPTION_REASON) } : {}),
              TaxScheme: [{ ID: value('OTH', { schemeID: 'UN/ECE 5153', schemeAgencyID: '6' }) }],
            },
          ],
        })),
      },
    ];
  }
}
