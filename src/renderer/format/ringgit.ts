import { useTranslation } from 'react-i18next';
import { formatMoney, fromDecimal, money, toDecimal } from '../../shared/money';

const CURRENCY = 'MYR';

export { ringgit } from '../../shared/ringgit';

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

/** Sen as the screen shows money: "RM 12.35" in either language (plain "en" would write "MYR 12.35"). */
export function useRinggit(): (sen: number) => string {
  const { i18n } = useTranslation();
  const locale = `${i18n.language.slice(0, 2)}-MY`;
  return (sen) => formatMoney(money(sen, CURRENCY), locale);
}
