import { allocate, money, taxOn } from '../../../shared/money';

/** One thing to charge, before discount and tax. */
export interface Charge {
  quantity: number;
  unitPriceSen: number;
  /** Service tax may apply (a fee for a service); medicines never are. */
  taxable: boolean;
}

export interface PricedLine {
  amountSen: number;
  discountSen: number;
  taxRateBp: number;
  taxSen: number;
}

export interface PricedInvoice<C extends Charge> {
  lines: (C & PricedLine)[];
  subtotalSen: number;
  discountSen: number;
  taxSen: number;
  totalSen: number;
}

/**
 * Prices an invoice to the sen: each line's amount, its share of the discount (split by amount,
 * so the shares add up to the discount exactly), and its tax on what is left after the discount,
 * rounded per line as a tax invoice shows it. `taxRateBp` is null when no tax applies to this
 * patient at all (the clinic is not registered, or the patient is exempt).
 */
export function priceInvoice<C extends Charge>(charges: readonly C[], options: { discountSen: number; taxRateBp: number | null; currency: string }): PricedInvoice<C> {
  const amounts = charges.map((charge) => charge.quantity * charge.unitPriceSen);
  const subtotalSen = amounts.reduce((sum, amount) => sum + amount, 0);
  if (!Number.isSafeInteger(options.discountSen) || options.discountSen < 0 || options.discountSen > subtotalSen) throw new RangeError('discount must be between 0 and the subtotal');
  const discounts = options.discountSen > 0 ? allocate(money(options.discountSen, options.currency), amounts).map((part) => part.minor) : amounts.map(() => 0);
  const lines = charges.map((charge, index) => {
    const taxRateBp = charge.taxable && options.taxRateBp !== null ? options.taxRateBp : 0;
    const taxed = amounts[index] - discounts[index];
    return { ...charge, amountSen: amounts[index], discountSen: discounts[index], taxRateBp, taxSen: taxOn(money(taxed, options.currency), taxRateBp).minor };
  });
  const taxSen = lines.reduce((sum, line) => sum + line.taxSen, 0);
  return { lines, subtotalSen, discountSen: options.discountSen, taxSen, totalSen: subtotalSen - options.discountSen + taxSen };
}
