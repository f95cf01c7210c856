/**
 * Money as integer minor units (sen, paise, cents) with its currency. No floats anywhere:
 * amounts are safe integers, rates are basis points (600 = 6 %), and every division says
 * how it rounds. Totals split over lines (a discount, a panel's share) lose no minor unit.
 */
export interface Money {
  /** Minor units: RM 12.35 is 1235. */
  readonly minor: number;
  /** ISO 4217, e.g. MYR. */
  readonly currency: string;
}

export class MoneyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyError';
  }
}

/** How many decimals a currency's minor unit has (MYR 2, JPY 0, BHD 3), from Intl's own table. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function money(minor: number, currency: string): Money {
  assertMinor(minor);
  if (!/^[A-Z]{3}$/.test(currency)) throw new MoneyError(`not a currency code: ${currency}`);
  return { minor, currency };
}

export function zero(currency: string): Money {
  return money(0, currency);
}

export function add(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.minor + b.minor, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.minor - b.minor, a.currency);
}

export function sum(amounts: readonly Money[], currency: string): Money {
  return amounts.reduce((total, amount) => add(total, amount), zero(currency));
}

/** A unit price times a whole quantity (tablets, visits). */
export function times(unit: Money, quantity: number): Money {
  if (!Number.isSafeInteger(quantity)) throw new MoneyError(`quantity must be a whole number: ${quantity}`);
  return money(unit.minor * quantity, unit.currency);
}

/** Half away from zero, the way a tax invoice rounds a line's tax to the sen. */
function divideRounded(numerator: number, denominator: number): number {
  const quotient = Math.trunc(numerator / denominator);
  const remainder = numerator - quotient * denominator;
  if (Math.abs(remainder) * 2 >= denominator) return quotient + Math.sign(numerator);
  return quotient;
}

/** A share in basis points (600 = 6 %) of an amount, rounded half away from zero to the minor unit. */
export function percentOf(amount: Money, basisPoints: number): Money {
  if (!Number.isSafeInteger(basisPoints) || basisPoints < 0) throw new MoneyError(`basis points must be a whole number ≥ 0: ${basisPoints}`);
  return money(divideRounded(amount.minor * basisPoints, 10_000), amount.currency);
}

/** The tax on a tax-exclusive amount at a rate in basis points. */
export function taxOn(amount: Money, rateBasisPoints: number): Money {
  return percentOf(amount, rateBasisPoints);
}

/**
 * Splits a total over weights (line amounts, quantities) in proportion, by largest remainder:
 * the parts always add up to the total, no part differs from its exact share by a whole
 * minor unit or more, and ties go to the earlier weight, so the same input always splits the
 * same way. A negative total (a discount) splits the same way with its sign.
 */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  if (weights.length === 0) throw new MoneyError('allocate needs at least one weight');
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new MoneyError('weights must be whole numbers ≥ 0');
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (weightSum === 0) throw new MoneyError('weights must not all be zero');
  const sign = total.minor < 0 ? -1 : 1;
  const magnitude = Math.abs(total.minor);
  if (!Number.isSafeInteger(magnitude * weightSum)) throw new MoneyError('amount too large to allocate exactly');
  const floors = weights.map((w) => Math.floor((magnitude * w) / weightSum));
  const remainders = weights.map((w, i) => magnitude * w - floors[i] * weightSum);
  let left = magnitude - floors.reduce((a, b) => a + b, 0);
  const order = weights.map((_, i) => i).sort((a, b) => remainders[b] - remainders[a] || a - b);
  for (const index of order) {
    if (left === 0) break;
    floors[index] += 1;
    left -= 1;
  }
  // `+ 0` turns the -0 of a negative total's empty part into 0.
  return floors.map((part) => money(sign * part + 0, total.currency));
}

/**
 * Malaysian cash rounding (Bank Negara, since 2008): a cash total is rounded to the nearest
 * 5 sen — 1, 2 → 0; 3, 4 → 5; 6, 7 → 5; 8, 9 → 10. Card and transfer payments are not rounded.
 * Returns the amount to collect and the rounding line (collected − total) the receipt shows.
 */
export function roundForCash(total: Money, step = 5): { collect: Money; rounding: Money } {
  if (!Number.isSafeInteger(step) || step <= 0) throw new MoneyError(`cash step must be a whole number > 0: ${step}`);
  const collect = money(divideRounded(total.minor, step) * step + 0, total.currency);
  return { collect, rounding: subtract(collect, total) };
}

/** A decimal string in major units, as typed into a form or stored in a CSV ("12.35", "-0.05"). */
export function fromDecimal(text: string, currency: string): Money {
  const digits = minorDigits(currency);
  const match = /^\s*(-)?(\d+)(?:\.(\d*))?\s*$/.exec(text);
  if (!match || (match[3] ?? '').length > digits) throw new MoneyError(`not an amount in ${currency}: ${text}`);
  const fraction = (match[3] ?? '').padEnd(digits, '0');
  const minor = Number(match[2]) * 10 ** digits + Number(fraction || '0');
  return money(match[1] ? -minor : minor, currency);
}

/** The plain decimal form ("12.35"), the inverse of fromDecimal. */
export function toDecimal(amount: Money): string {
  const digits = minorDigits(amount.currency);
  const magnitude = Math.abs(amount.minor);
  const major = Math.floor(magnitude / 10 ** digits);
  const fraction = digits > 0 ? `.${String(magnitude % 10 ** digits).padStart(digits, '0')}` : '';
  return `${amount.minor < 0 ? '-' : ''}${major}${fraction}`;
}

/** For screens and documents: "RM 12.35" in en-MY, "₹12.35" in en-IN. */
export function formatMoney(amount: Money, locale: string): string {
  const digits = minorDigits(amount.currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency: amount.currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    Number(toDecimal(amount)),
  );
}

function assertMinor(minor: number): void {
  if (!Number.isSafeInteger(minor)) throw new MoneyError(`minor units must be a safe integer: ${minor}`);
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new MoneyError(`cannot combine ${a.currency} with ${b.currency}`);
}
