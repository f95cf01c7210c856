import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { unitOfWorkFor } from '../../../../tests/support/unit-of-work-for';
import { Store } from '../../store/store';
import { STARTER_MEDICINES } from '../medicines/starter-list';
import { MedicinesService } from '../medicines/medicines-service';
import { PanelsService } from '../panels/panels-service';
import { ENTITIES } from '..';
import { StockService } from './stock-service';

let folder = '';
afterEach(() => rm(folder, { recursive: true, force: true }));

const here = (file: string) => JSON.stringify(path.resolve(__dirname, file));

/**
 * A dispenser at another PC's connection: opens the same encrypted store file, says "ready",
 * waits for "go", then issues 2 units in one transaction and holds it open a moment before
 * committing, so the other dispenser's issue runs while this one's is still open.
 */
const DISPENSER = `
import { Store } from ${here('../../store/store')};
import { ENTITIES } from ${here('..')};
import { MedicinesService } from ${here('../medicines/medicines-service')};
import { PanelsService } from ${here('../panels/panels-service')};
import { StockService } from ${here('./stock-service')};
import { unitOfWorkFor } from ${here('../../../../tests/support/unit-of-work-for')};
async function main() {
  const [file, keyHex, medicineId] = process.argv.slice(2);
  const store = await Store.open({ file, keyHex, entities: ENTITIES });
  const stock = new StockService(new MedicinesService(new PanelsService()));
  process.stdout.write('ready\\n');
  await new Promise((go) => process.stdin.once('data', go));
  let outcome;
  try {
    const takes = await store.transaction(async (db) => {
      const taken = await stock.issue(unitOfWorkFor(db), { medicineId, quantity: 2, kind: 'dispense', reference: { kind: 'dispensing', id: null, label: process.pid + '' } });
      await new Promise((later) => setTimeout(later, 300));
      return taken;
    });
    outcome = { took: takes.reduce((sum, t) => sum + t.quantity, 0) };
  } catch (error) {
    outcome = { refused: error.code ?? String(error), details: error.details };
  }
  await store.close();
  process.stdout.write(JSON.stringify(outcome) + '\\n');
  process.exit(0);
}
main();
`;

interface Outcome {
  took?: number;
  refused?: string;
  details?: { available: number };
}

function startDispenser(script: string, args: string[]) {
  const child = spawn(path.resolve('node_modules', '.bin', 'tsx'), [script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const next = () => new Promise<string>((resolve) => lines.once('line', resolve));
  return { child, ready: next(), outcome: async (): Promise<Outcome> => JSON.parse(await next()) as Outcome };
}

describe('two dispensers, the last units', () => {
  it('lets one connection take them; the other is refused with what is left, and stock never goes below zero', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-last-units-'));
    const file = path.join(folder, 'store.db');
    const keyHex = randomBytes(32).toString('hex');
    const medicines = new MedicinesService(new PanelsService());
    const stock = new StockService(medicines);
    let store = await Store.open({ file, keyHex, entities: ENTITIES });
    const medicineId = await store.transaction(async (db) => {
      const uow = unitOfWorkFor(db);
      const medicine = await medicines.save(uow, STARTER_MEDICINES[0]);
      await stock.receive(uow, { medicineId: medicine.id, batchNo: 'LAST', expiryDate: '2099-12-31', quantity: 3, unitCostSen: 5, reference: { kind: 'opening-stock', id: null, label: null } });
      return medicine.id;
    });
    await store.close();

    const script = path.join(folder, 'dispenser.ts');
    await writeFile(script, DISPENSER);
    const dispensers = [startDispenser(script, [file, keyHex, medicineId]), startDispenser(script, [file, keyHex, medicineId])];
    await Promise.all(dispensers.map((d) => d.ready));
    for (const d of dispensers) d.child.stdin.write('go\n');
    const outcomes = await Promise.all(dispensers.map((d) => d.outcome()));

    expect(outcomes.filter((o) => o.took === 2)).toHaveLength(1);
    expect(outcomes.filter((o) => o.refused)).toEqual([{ refused: 'INSUFFICIENT_STOCK', details: expect.objectContaining({ available: 1 }) as unknown }]);
    store = await Store.open({ file, keyHex, entities: ENTITIES });
    try {
      const [batch, movements] = await store.transaction(async (db) => {
        const uow = unitOfWorkFor(db);
        return [await stock.batches(uow, medicineId), await stock.movements(uow, { medicineId })] as const;
      });
      expect(batch.map((b) => b.onHand)).toEqual([1]);
      expect(movements.map((m) => [m.kind, m.quantity])).toEqual([['dispense', -2], ['receipt', 3]]);
    } finally {
      await store.close();
    }
  }, 60_000);
});
