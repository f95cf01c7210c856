import { money, roundForCash } from '../../../shared/money';
import { ringgit } from '../../../shared/ringgit';
import type { PaymentMethod } from '../../../shared/schemas/billing';
import { AppError } from '../../errors/app-error';

export interface Tender {
  method: PaymentMethod;
  amountSen: number;
  reference: string;
}

/** One payment row to write: what was applied to the invoice, what was handed over, the change. */
export interface SettledTender extends Tender {
  tenderedSen: number;
  changeSen: number;
  roundingSen: number;
}

export interface Settlement {
  payments: SettledTender[];
  /** Applied to the invoice, change excluded. */
  paidSen: number;
  /** Cash rounding taken by this settlement (collected − owed), 0 unless cash settled the bill. */
  roundingSen: number;
  balanceAfterSen: number;
}

/**
 * How tenders settle a balance. Card, e-wallet and transfer amounts are charged exactly and may
 * not exceed what is owed. Cash covers the rest: when it is enough, the rest is rounded to 5 sen
 * as Malaysian tills do, the rounding recorded and the change given; when it is not, all of it is
 * applied and the balance stays owed (credit on the patient's account).
 */
export function settle(balanceSen: number, tenders: readonly Tender[]): Settlement {
  const cash = tenders.filter((tender) => tender.method === 'cash');
  if (cash.length > 1) throw new AppError('VALIDATION_FAILED', { field: 'tenders', reason: 'one cash tender at most' });
  const others = tenders.filter((tender) => tender.method !== 'cash');
  const charged = others.reduce((sum, tender) => sum + tender.amountSen, 0);
  if (charged > balanceSen) throw new AppError('PAYMENT_MORE_THAN_DUE', { due: ringgit(balanceSen), fields: ['tenders'] });
  const payments: SettledTender[] = others.map((tender) => ({ ...tender, tenderedSen: tender.amountSen, changeSen: 0, roundingSen: 0 }));
  const remaining = balanceSen - charged;
  let roundingSen = 0;
  const [handed] = cash;
  if (handed) {
    const { collect, rounding } = roundForCash(money(remaining, 'MYR'));
    if (collect.minor === 0) throw new AppError('PAYMENT_MORE_THAN_DUE', { due: ringgit(remaining), fields: ['tenders'] });
    // Enough for the rounded amount: collect it and give change. Between what is owed and the amount
    // rounded up (18 sen owed, 19 handed, 20 to collect): settled with what was handed, the rounding
    // being the difference. Less than is owed: all of it applied, the rest still owed.
    const enough = handed.amountSen >= collect.minor;
    const applied = enough ? collect.minor : handed.amountSen;
    roundingSen = enough ? rounding.minor : applied >= remaining ? applied - remaining : 0;
    payments.push({ ...handed, amountSen: applied, tenderedSen: handed.amountSen, changeSen: handed.amountSen - applied, roundingSen });
  }
  const paidSen = payments.reduce((sum, payment) => sum + payment.amountSen, 0);
  return { payments, paidSen, roundingSen, balanceAfterSen: balanceSen - paidSen + roundingSen };
}
