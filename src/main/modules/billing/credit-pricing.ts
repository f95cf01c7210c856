/** An invoice line as crediting sees it: what it charged after discount, its tax, and how much of it was credited before. */
export interface CreditableLine {
  quantity: number;
  amountSen: number;
  discountSen: number;
  taxSen: number;
  creditedQuantity: number;
}

/** `whole × part ÷ of`, to the nearest sen, half a sen up. */
function proportion(whole: number, part: number, of: number): number {
  return Math.floor((2 * whole * part + of) / (2 * of));
}

/**
 * What crediting `quantity` more of a line gives back, before and as tax: the difference between
 * what `credited + quantity` units and `credited` units of it are worth. Priced this way, credits
 * taken a few units at a time never go below zero and add up exactly to the line's own figures
 * once all of it is credited. Null when more is asked than is left to credit.
 */
export function creditOf(line: CreditableLine, quantity: number): { amountSen: number; taxSen: number } | null {
  if (!Number.isSafeInteger(quantity) || quantity <= 0 || line.creditedQuantity + quantity > line.quantity) return null;
  const net = line.amountSen - line.discountSen;
  const upTo = (units: number) => ({ amountSen: proportion(net, units, line.quantity), taxSen: proportion(line.taxSen, units, line.quantity) });
  const before = upTo(line.creditedQuantity);
  const after = upTo(line.creditedQuantity + quantity);
  return { amountSen: after.amountSen - before.amountSen, taxSen: after.taxSen - before.taxSen };
}
