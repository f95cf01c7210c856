import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitOfWorkFor } from '../../../../tests/support/unit-of-work-for';
import type { BatchTake, StockReference } from '../../../shared/schemas/stock';
import { AppError } from '../../errors/app-error';
import { Store } from '../../store/store';
import type { UnitOfWork } from '../../work/unit-of-work';
import { ENTITIES } from '..';
import { MedicinesService } from '../medicines/medicines-service';
import { PanelsService } from '../panels/panels-service';
import { STARTER_MEDICINES } from '../medicines/starter-list';
import { StockBatchEntity } from './entities';
import { StockService } from './stock-service';

const REF: StockReference = { kind: 'adjustment', id: null, label: 'property' };
const BATCHES = ['A', 'B', 'C'] as const;
const EXPIRIES = ['2099-01-31', '2099-03-31', '2099-06-30'] as const;

type Step =
  | { do: 'receive'; batch: number; quantity: number; bonus: number }
  | { do: 'issue'; quantity: number }
  | { do: 'adjust'; batch: number; change: number }
  | { do: 'writeOff'; batch: number; quantity: number | undefined }
  | { do: 'return'; batch: number; quantity: number }
  | { do: 'reverse' };

const batch = fc.integer({ min: 0, max: 2 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ do: fc.constant('receive' as const), batch, quantity: fc.integer({ min: 1, max: 20 }), bonus: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ do: fc.constant('issue' as const), quantity: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ do: fc.constant('adjust' as const), batch, change: fc.integer({ min: -10, max: 10 }).filter((n) => n !== 0) }),
  fc.record({ do: fc.constant('writeOff' as const), batch, quantity: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }) }),
  fc.record({ do: fc.constant('return' as const), batch, quantity: fc.integer({ min: 1, max: 10 }) }),
  fc.constant({ do: 'reverse' as const }),
);

let folder = '';
let store: Store;
const medicines = new MedicinesService(new PanelsService());
const stock = new StockService(medicines);
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-stock-property-'));
  store = await Store.open({ file: path.join(folder, 'store.db'), keyHex: randomBytes(32).toString('hex'), entities: ENTITIES });
});
afterAll(async () => {
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

const inWork = <T>(work: (uow: UnitOfWork) => Promise<T>) => store.transaction((db) => work(unitOfWorkFor(db)));

/** Runs one step in its own unit of work; a coded refusal rolls it back and is part of the game. */
async function run(medicineId: string, s: Step, issued: BatchTake[][]): Promise<void> {
  try {
    await inWork(async (uow) => {
      // A batch not received yet: the step is refused as BATCH_NOT_FOUND.
      const batchId = async (i: number) => (await uow.db.getRepository(StockBatchEntity).findOneBy({ medicineId, batchNo: BATCHES[i] }))?.id ?? '01900000-0000-7000-8000-000000000000';
      switch (s.do) {
        case 'receive':
          await stock.receive(uow, { medicineId, batchNo: BATCHES[s.batch], expiryDate: EXPIRIES[s.batch], quantity: s.quantity, bonusQuantity: s.bonus, unitCostSen: 7, reference: REF });
          return;
        case 'issue':
          issued.push(await stock.issue(uow, { medicineId, quantity: s.quantity, kind: 'dispense', reference: REF }));
          return;
        case 'adjust':
          await stock.adjust(uow, { batchId: await batchId(s.batch), change: s.change, reason: 'count-difference', note: 'counted' });
          return;
        case 'writeOff':
          await stock.writeOff(uow, { batchId: await batchId(s.batch), quantity: s.quantity, reason: 'damaged', note: 'broken' });
          return;
        case 'return':
          await stock.returnToSupplier(uow, { batchId: await batchId(s.batch), quantity: s.quantity, note: 'recalled', reference: REF });
          return;
        case 'reverse': {
          const last = issued.pop();
          if (last) await stock.reverse(uow, last, REF);
        }
      }
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
}

describe('stock on hand is what the movements say', () => {
  let medicineNo = 0;
  it('after any receipts, issues, adjustments, write-offs, returns and reversals: each batch = Σ its movements, never below zero', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 20 }), async (steps) => {
        medicineNo += 1;
        const medicineId = (await inWork((uow) => medicines.save(uow, { ...STARTER_MEDICINES[0], code: null, generic: `property drug ${medicineNo}` }))).id;
        const issued: BatchTake[][] = [];
        for (const s of steps) await run(medicineId, s, issued);
        const rows = await inWork((uow) =>
          uow.db.query<Array<{ batchNo: string; onHand: number; moved: number }>>(
            `SELECT b.batch_no AS batchNo, b.on_hand AS onHand, COALESCE(SUM(m.quantity), 0) AS moved
               FROM stock_batches b LEFT JOIN stock_movements m ON m.batch_id = b.id WHERE b.medicine_id = ? GROUP BY b.id`,
            [medicineId],
          ),
        );
        for (const row of rows) {
          expect(row.onHand, row.batchNo).toBe(row.moved);
          expect(row.onHand, row.batchNo).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
