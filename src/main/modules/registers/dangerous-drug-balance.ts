import type { DangerousDrugBalance, DangerousDrugRow } from '../../../shared/schemas/registers';

/** One change of a dangerous drug's stock, as the stock core's movement history gives it. */
export interface BalanceMovement {
  /** yyyy-mm-dd, in the clinic's time zone. */
  date: string;
  /** 'receipt', 'dispense', 'adjustment'… */
  kind: string;
  /** Signed whole units: + received, − issued. */
  change: number;
  batchNo: string;
  particulars: string;
}

/**
 * The running balance of one dangerous drug from `from` to `to`, a row per movement with the
 * balance after it, to copy into the bound register the Dangerous Drugs Regulations 1952 require
 * (software keeps the balance, it does not replace the book). Movements before `from` make the
 * opening balance; they are taken oldest first, as the stock recorded them.
 */
export function dangerousDrugBalance(medicineId: string, movements: readonly BalanceMovement[], range: { from: string; to: string }): DangerousDrugBalance {
  const inRange = movements.filter((movement) => movement.date >= range.from && movement.date <= range.to);
  const openingBalance = movements.filter((movement) => movement.date < range.from).reduce((sum, movement) => sum + movement.change, 0);
  let balance = openingBalance;
  const rows = inRange.map((movement): DangerousDrugRow => {
    balance += movement.change;
    return {
      date: movement.date,
      kind: movement.kind,
      particulars: movement.particulars,
      batchNo: movement.batchNo,
      received: Math.max(movement.change, 0),
      issued: Math.max(-movement.change, 0),
      balance,
    };
  });
  return { medicineId, openingBalance, rows, closingBalance: balance };
}
