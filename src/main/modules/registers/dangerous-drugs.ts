import { AppError } from '../../errors/app-error';
import type { StockMovement } from '../../../shared/schemas/stock';
import { medicineLabel } from '../../../shared/schemas/medicines';
import type { DangerousDrugBalance } from '../../../shared/schemas/registers';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { MedicinesService } from '../medicines';
import type { StockService } from '../stock';
import { dangerousDrugBalance, type BalanceMovement } from './dangerous-drug-balance';

/** Every movement of one drug is read for its balance; a clinic's dangerous drug moves a few times a day. */
const ALL_MOVEMENTS = 1_000_000;

export interface DangerousDrugReport {
  medicineLabel: string;
  unit: string;
  balance: DangerousDrugBalance;
}

/** A dangerous drug's running balance from the stock's own movement history, which is never edited. */
export class DangerousDrugs {
  constructor(
    private readonly stock: StockService,
    private readonly medicines: MedicinesService,
  ) {}

  async balance(uow: UnitOfWork, input: { medicineId: string; from: string; to: string }): Promise<DangerousDrugReport> {
    const medicine = await this.medicines.get(uow, input.medicineId);
    if (medicine.legalClass !== 'dangerous') throw new AppError('REGISTER_NOT_DANGEROUS_DRUG', { medicine: medicineLabel(medicine) });
    const movements = await this.stock.movements(uow, { medicineId: input.medicineId, to: input.to, limit: ALL_MOVEMENTS });
    // The stock lists newest first; a balance runs oldest first.
    const oldestFirst = [...movements].reverse().map((movement) => toBalanceMovement(movement, uow.clock.dateOf(movement.at)));
    return { medicineLabel: medicineLabel(medicine), unit: medicine.dispensingUnit, balance: dangerousDrugBalance(input.medicineId, oldestFirst, input) };
  }
}

function toBalanceMovement(movement: StockMovement, date: string): BalanceMovement {
  const particulars = [movement.reference.label, movement.note, movement.userName].filter(Boolean).join(' · ');
  return { date, kind: movement.kind, change: movement.quantity, batchNo: movement.batchNo, particulars };
}
