import { formatMoney, money } from './money';

/** "RM 12.35" from sen, written the Malaysian English way: on paper, in messages, whatever the screen language. */
export function ringgit(sen: number): string {
  return formatMoney(money(sen, 'MYR'), 'en-MY');
}
