import type { MedicinePriceInput } from '../../../shared/schemas/medicines';

/** The prices after one tier's changes: a blank amount removes the tier's price (a panel then pays walk-in). */
export function withTierPrice(prices: readonly MedicinePriceInput[], tier: string, priceSen: number | null): MedicinePriceInput[] {
  const others = prices.filter((price) => price.tier !== tier);
  return priceSen === null ? others : [...others, { tier, priceSen }];
}
