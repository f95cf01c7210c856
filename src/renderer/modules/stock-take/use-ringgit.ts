import { useTranslation } from 'react-i18next';
import { formatMoney, money } from '../../../shared/money';

/** Sen as the screen shows money: "RM 12.35" in either language (plain "en" would write "MYR 12.35"). */
export function useRinggit(): (sen: number) => string {
  const { i18n } = useTranslation();
  const locale = `${i18n.language.slice(0, 2)}-MY`;
  return (sen) => formatMoney(money(sen, 'MYR'), locale);
}
