import { performance } from 'node:perf_hooks';
import type { TRPCClient } from '@trpc/client';
import type { AppRouter } from '../../src/main/api/router';
import type { QueueBoard } from '../../src/shared/schemas/queue';
import { ADMIN } from '../support/test-hub';
import { BenchHubFolder, initialiseThroughApi, startHub, stopHub, withApi } from './hub-process';
import type { BenchPatient } from './patient-generator';
import { latencySpread, type LatencySpread } from './stats';

/** A board that has not arrived by then counts as a failed measurement, not a slow one. */
const BOARD_TIMEOUT_MS = 10_000;

export interface DisplayLatencyResult {
  samples: number;
  /** queue.callNext sent → the TV's board shows the ticket as the room's current call. */
  call: LatencySpread;
  /** queue.checkIn sent → the TV's board counts the ticket as waiting. */
  checkIn: LatencySpread;
}

export interface DisplayLatencyOptions {
  hubScript: string;
  /** One patient per sample and warm-up: a patient has one open visit a day. */
  patients: readonly BenchPatient[];
  samples: number;
  warmup: number;
}

/**
 * The waiting-room TV as a clinic runs it: the hub in its own process, a TV subscribed to
 * `display.board` with the pairing code over one WebSocket, and the front desk signed in over
 * another, checking a walk-in in and calling them. Each sample times the desk's request until
 * the TV receives the board showing its effect.
 */
export async function measureDisplayLatency(options: DisplayLatencyOptions): Promise<DisplayLatencyResult> {
  const needed = options.warmup + options.samples;
  if (options.patients.length < needed) throw new Error(`display latency needs ${needed} patients, got ${options.patients.length}`);
  const folder = await BenchHubFolder.create();
  try {
    await initialiseThroughApi(options.hubScript, folder.env);
    const hub = await startHub(options.hubScript, folder.env);
    try {
      return await withApi(hub.url, async (desk) => {
        await desk.auth.login.mutate({ username: ADMIN.username, password: ADMIN.password });
        const room = await desk.rooms.save.mutate({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true });
        const { pairingCode } = (await desk.settings.all.query()).display;
        const patientIds: string[] = [];
        for (const patient of options.patients.slice(0, needed)) patientIds.push(await register(desk, patient));
        return await withApi(hub.url, (tv) => timeCalls(desk, tv, { roomId: room.id, pairingCode, patientIds, warmup: options.warmup }));
      });
    } finally {
      await stopHub(hub.child);
    }
  } finally {
    await folder.dispose();
  }
}

async function register(desk: TRPCClient<AppRouter>, patient: BenchPatient): Promise<string> {
  const registered = await desk.patients.register.mutate({
    fullName: patient.fullName,
    identityType: 'mykad',
    identityNo: patient.identityNo,
    sex: patient.sex === 'M' ? 'male' : 'female',
    phones: [patient.phone],
    // Generated names repeat; a namesake born the same day is a different person here.
    confirmPossibleDuplicate: true,
  });
  return registered.id;
}

interface CallRun {
  roomId: string;
  pairingCode: string;
  patientIds: readonly string[];
  warmup: number;
}

async function timeCalls(desk: TRPCClient<AppRouter>, tv: TRPCClient<AppRouter>, run: CallRun): Promise<DisplayLatencyResult> {
  const watcher = new BoardWatcher();
  const subscription = tv.display.board.subscribe({ pairingCode: run.pairingCode }, { onData: (board) => watcher.receive(board), onError: (error) => watcher.fail(error) });
  try {
    await watcher.next(() => true);
    const callMs: number[] = [];
    const checkInMs: number[] = [];
    for (const [index, patientId] of run.patientIds.entries()) {
      // The TV's board counts walk-ins in the room; each earlier ticket has been called by now.
      let started = performance.now();
      const waiting = watcher.next((board) => board.rooms.some((room) => room.roomId === run.roomId && room.waitingCount === 1));
      const ticket = await desk.queue.checkIn.mutate({ patientId, roomId: run.roomId, chiefComplaint: 'Demam', priority: 'normal' });
      const checkInShown = (await waiting) - started;
      started = performance.now();
      const called = watcher.next((board) => board.rooms.some((room) => room.current?.ticketNo === ticket.ticketNo));
      await desk.queue.callNext.mutate({ roomId: run.roomId });
      const callShown = (await called) - started;
      if (index >= run.warmup) {
        checkInMs.push(checkInShown);
        callMs.push(callShown);
      }
    }
    return { samples: callMs.length, call: latencySpread(callMs), checkIn: latencySpread(checkInMs) };
  } finally {
    subscription.unsubscribe();
  }
}


/** The boards a TV receives, and the moment the first one that passes a test arrived. */
class BoardWatcher {
  private waiter: { test: (board: QueueBoard) => boolean; resolve: (at: number) => void; reject: (error: Error) => void; timer: NodeJS.Timeout } | null = null;
  private failure: Error | null = null;

  /** Resolves with performance.now() at the arrival of the next board passing `test`. Set it before sending the request. */
  next(test: (board: QueueBoard) => boolean): Promise<number> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new Error(`the TV received no matching board within ${BOARD_TIMEOUT_MS} ms`)), BOARD_TIMEOUT_MS);
      this.waiter = { test, resolve, reject, timer };
    });
  }

  receive(board: QueueBoard): void {
    const at = performance.now();
    const waiter = this.waiter;
    if (!waiter || !waiter.test(board)) return;
    clearTimeout(waiter.timer);
    this.waiter = null;
    waiter.resolve(at);
  }

  fail(error: unknown): void {
    this.failure = error instanceof Error ? error : new Error(String(error));
    const waiter = this.waiter;
    this.waiter = null;
    if (waiter) {
      clearTimeout(waiter.timer);
      waiter.reject(this.failure);
    }
  }
}
