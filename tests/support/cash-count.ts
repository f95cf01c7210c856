import { DENOMINATIONS_SEN, type CashCount } from '../../src/shared/schemas/till';

/** A drawer holding `sen` counted in the fewest notes and coins: what a careful cashier's count looks like. */
export function fewestNotes(sen: number): CashCount {
  let left = sen;
  return DENOMINATIONS_SEN.map((denominationSen) => {
    const count = Math.floor(left / denominationSen);
    left -= count * denominationSen;
    return { denominationSen, count };
  });
}
