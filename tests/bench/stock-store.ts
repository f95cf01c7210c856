import { v7 as uuidv7 } from 'uuid';
import { MedicinesService } from '../../src/main/modules/medicines/medicines-service';
import { PanelsService } from '../../src/main/modules/panels/panels-service';
import { STARTER_MEDICINES } from '../../src/main/modules/medicines/starter-list';
import { sqliteConnection, type Store } from '../../src/main/store/store';
import { addDays } from '../../src/shared/clinic-time';
import { saveMedicineInputSchema } from '../../src/shared/schemas/medicines';
import { Prng } from '../support/http-fuzz-inputs';
import { unitOfWorkFor } from '../support/unit-of-work-for';

export interface StockStoreSize {
  items: number;
  batches: number;
  seed: number;
}

/**
 * Fills an open store with `items` medicines (variants of the starter list) and `batches` batches
 * spread over them, each with its receipt movement: expiries from a month ago to three years on
 * (about 3% already expired), 0–500 units, 5–5,000 sen a unit. Written straight into the tables in
 * one transaction, as an opening-stock import would, unaudited: the store is a benchmark's, not a
 * clinic's. Returns the medicine ids, for the dispensing benchmark to prescribe from.
 */
export async function fillStockStore(store: Store, size: StockStoreSize, now = new Date()): Promise<{ medicineIds: string[] }> {
  const rng = new Prng(size.seed);
  return store.transaction(async (db) => {
    const uow = unitOfWorkFor(db, 'Asia/Kuala_Lumpur', now);
    const today = uow.clock.today();
    const fields = Array.from({ length: size.items }, (_, i) => {
      const { id: _id, version: _version, ...medicine } = saveMedicineInputSchema.parse({ ...STARTER_MEDICINES[i % STARTER_MEDICINES.length], code: null, generic: `stock item ${i}` });
      return medicine;
    });
    const medicineIds = (await new MedicinesService(new PanelsService()).insertMany(uow, fields)).map((m) => m.id);
    const sqlite = sqliteConnection(db);
    const batch = sqlite.prepare('INSERT INTO stock_batches (id, medicine_id, batch_no, expiry_date, unit_cost_sen, supplier_id, shelf, on_hand, received_at, updated_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)');
    const movement = sqlite.prepare(
      "INSERT INTO stock_movements (id, batch_id, medicine_id, kind, quantity, unit_cost_sen, reference_kind, reference_label, at) VALUES (?, ?, ?, 'receipt', ?, ?, 'opening-stock', 'bench', ?)",
    );
    const at = now.toISOString();
    for (let i = 0; i < size.batches; i += 1) {
      const id = uuidv7();
      const medicineId = medicineIds[i % medicineIds.length];
      const onHand = 1 + rng.int(500);
      const cost = 5 + rng.int(4996);
      batch.run(id, medicineId, `B${i}`, addDays(today, rng.int(1125) - 30), cost, `S${rng.int(40)}`, onHand, at, at);
      movement.run(uuidv7(), id, medicineId, onHand, cost, at);
    }
    return { medicineIds };
  });
}
