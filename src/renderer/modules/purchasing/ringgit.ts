import { formatMoney, fromDecimal, money, toDecimal } from '../../../shared/money';

const CURRENCY = 'MYR';

/** "RM 12.35" from sen. */
export function ringgit(sen: number): string {
  return formatMoney(money(sen, CURRENCY), 'en-MY');
}

/** "0.035" typed in the unit-cost field → sen, or null when it is not an amount to the sen. */
export function senFromTyped(text: string): number | null {
  try {
    return fromDecimal(text, CURRENCY).minor;
  } catch {
    return null;
  }
}

/** Sen as the unit-cost field shows it: "0.03". */
export function typedFromSen(sen: number): string {
  return toDecimal(money(sen, CURRENCY));
}
