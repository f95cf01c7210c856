import { performance } from 'node:perf_hooks';
import type { TRPCClient } from '@trpc/client';
import type { AppRouter } from '../../src/main/api/router';
import { ENTITIES } from '../../src/main/modules';
import { STARTER_MEDICINES } from '../../src/main/modules/medicines/starter-list';
import { Store } from '../../src/main/store/store';
import { ADMIN } from '../support/test-hub';
import { BenchHubFolder, initialiseThroughApi, startHub, stopHub, withApi } from './hub-process';
import { atMost, ms, type ReportSection } from './report';
import { latencySpread, spreadText, type LatencySpread } from './stats';
import { fillStockStore, type StockStoreSize } from './stock-store';

export const DISPENSING_GOALS = { dispenseP95Ms: 30 };

/** Lines on each prescription, as the benchmark asks. */
const LINES = 5;

export interface DispensingOptions extends StockStoreSize {
  hubScript: string;
  rounds: number;
  warmup: number;
}

export interface DispensingResult {
  items: number;
  batches: number;
  fillMs: number;
  rounds: number;
  /** dispensing.dispense of a 5-line prescription: the pharmacist's one click. */
  dispense: LatencySpread;
  /** dispensing.open of the same visit: the screen before the click. */
  open: LatencySpread;
  /** Batches the timed dispensings took stock from, in all. */
  batchesTaken: number;
}

type Api = TRPCClient<AppRouter>;

/**
 * Dispensing at size: a store the hub made, filled with 5,000 items and 50,000 batches
 * (stock-store.ts), then the hub spawned on it and, over a signed-in WebSocket, one finished visit
 * per round with a 5-line prescription, opened at the dispensary and dispensed. Only the dispense
 * call is the figure; each one decrements batches, writes the Prescription Book, the charge lines
 * and the audit rows in one transaction (synchronous FULL).
 */
export async function measureDispensing(options: DispensingOptions): Promise<DispensingResult> {
  const folder = await BenchHubFolder.create();
  try {
    await initialiseThroughApi(options.hubScript, folder.env);
    const store = await Store.open({ file: folder.location.file, keyHex: await folder.keyHex(), entities: ENTITIES });
    const fillStarted = performance.now();
    let medicineIds: string[];
    try {
      ({ medicineIds } = await fillStockStore(store, options));
    } finally {
      await store.close();
    }
    const fillMs = performance.now() - fillStarted;
    const hub = await startHub(options.hubScript, folder.env);
    try {
      return await withApi(hub.url, async (api) => {
        await api.auth.login.mutate({ username: ADMIN.username, password: ADMIN.password });
        const figures = await timeRounds(api, tabletsOfDifferentClasses(medicineIds), options);
        return { items: options.items, batches: options.batches, fillMs, rounds: options.rounds, ...figures };
      });
    } finally {
      await stopHub(hub.child);
    }
  } finally {
    await folder.dispose();
  }
}

/**
 * Five filled items that a doctor could prescribe together without a warning: tablets (the dose
 * unit the benchmark prescribes in), each of another drug class. fillStockStore makes item i from
 * the starter list's entry i modulo its length.
 */
function tabletsOfDifferentClasses(medicineIds: readonly string[]): string[] {
  const chosen: string[] = [];
  const classes = new Set<string>(['NSAIDs', 'Anticoagulants']);
  medicineIds.forEach((id, i) => {
    const starter = STARTER_MEDICINES[i % STARTER_MEDICINES.length];
    if (chosen.length === LINES || starter.form !== 'tablet' || classes.has(starter.drugClass ?? '')) return;
    classes.add(starter.drugClass ?? '');
    chosen.push(id);
  });
  if (chosen.length < LINES) throw new Error(`the starter list has fewer than ${LINES} tablet drug classes`);
  return chosen;
}

async function timeRounds(api: Api, medicineIds: readonly string[], options: DispensingOptions): Promise<Omit<DispensingResult, 'items' | 'batches' | 'fillMs' | 'rounds'>> {
  const room = (code: string, name: string, kind: 'consultation' | 'pharmacy' | 'payment', ticketPrefix: string) => api.rooms.save.mutate({ code, name, kind, ticketPrefix, active: true });
  const consultationRoom = await room('1', 'Bilik 1', 'consultation', 'A');
  await room('RX', 'Farmasi', 'pharmacy', 'F');
  await room('PAY', 'Bayaran', 'payment', 'C');
  // The owner is the doctor who prescribes and hands over: an MMC number and the doctor's role.
  const owner = (await api.users.list.query()).find((user) => user.username === ADMIN.username);
  if (!owner) throw new Error('no owner account');
  await api.users.update.mutate({ id: owner.id, displayName: owner.displayName, roles: [...new Set([...owner.roles, 'doctor' as const])], mmcNo: '54321' });

  const dispense: number[] = [];
  const open: number[] = [];
  let batchesTaken = 0;
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    const visitId = await finishedVisit(api, consultationRoom.id, medicineIds, round);
    let started = performance.now();
    const view = await api.dispensing.open.query({ visitId });
    const openMs = performance.now() - started;
    const lines = view.lines.map((line) => ({ prescriptionLineId: line.prescriptionLineId, quantity: Math.min(line.owed, line.usableOnHand) }));
    if (lines.some((line) => line.quantity <= 0)) throw new Error(`round ${round}: an item has no usable stock`);
    started = performance.now();
    const result = await api.dispensing.dispense.mutate({ visitId, lines, findingsSeen: true });
    const dispenseMs = performance.now() - started;
    if (result.lines.length !== LINES) throw new Error(`round ${round}: ${result.lines.length} lines dispensed, not ${LINES}`);
    if (round < options.warmup) continue;
    dispense.push(dispenseMs);
    open.push(openMs);
    batchesTaken += result.lines.reduce((sum, line) => sum + line.takes.length, 0);
  }
  return { dispense: latencySpread(dispense), open: latencySpread(open), batchesTaken };
}

/** A patient seen and sent to the dispensary with one tablet three times a day for five days of each medicine. */
async function finishedVisit(api: Api, roomId: string, medicineIds: readonly string[], round: number): Promise<string> {
  const patient = await api.patients.register.mutate({ fullName: `Bench Patient ${round}`, identityType: 'mykad', identityNo: `710101-10-${String(1000 + round).padStart(4, '0')}`, phones: [], address: '', postcode: '', allergies: [] });
  const { visitId } = await api.queue.checkIn.mutate({ patientId: patient.id, roomId, chiefComplaint: 'fever', priority: 'normal' });
  await api.queue.callNext.mutate({ roomId });
  for (const medicineId of medicineIds) {
    await api.prescriptions.addLine.mutate({
      visitId,
      line: { medicineId, doseValue: 1, doseUnit: 'tablet', frequency: 'TDS', durationDays: 5, route: 'oral', timing: 'afterFood', dispensing: 'in-house', quantity: null },
    });
  }
  const draft = await api.consultation.saveNote.mutate({ visitId, version: 0, note: { subjective: 'Fever', objective: '', assessment: 'Viral fever', plan: 'Medicines' } });
  await api.consultation.finish.mutate({ visitId, version: draft.version });
  return visitId;
}



export function dispensingSection(result: DispensingResult, warmup: number): ReportSection {
  return {
    title: `8. Dispensing a ${LINES}-line prescription over WebSocket, ${result.items.toLocaleString('en-US')} items / ${result.batches.toLocaleString('en-US')} batches, p50 / p95 / max`,
    rows: [
      { figure: 'dispensing.dispense', measured: spreadText(result.dispense), goal: atMost(result.dispense.p95Ms, DISPENSING_GOALS.dispenseP95Ms, `p95 ≤ ${DISPENSING_GOALS.dispenseP95Ms} ms`) },
      { figure: 'dispensing.open (the screen before the click)', measured: spreadText(result.open) },
      { figure: 'filling the store (one transaction)', measured: ms(result.fillMs) },
    ],
    notes: [
      `hub in its own process on a store made by first-run set-up, then filled; one finished visit per round made through the API (untimed), ${result.rounds} rounds after ${warmup} untimed.`,
      `each dispensing takes stock earliest expiry first, writes the Prescription Book, charge lines, movements and audit rows in one transaction; ${result.batchesTaken} batch takes in the timed rounds.`,
    ],
  };
}
