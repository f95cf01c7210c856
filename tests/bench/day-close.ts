import { performance } from 'node:perf_hooks';
import type { TRPCClient } from '@trpc/client';
import type { AppRouter } from '../../src/main/api/router';
import type { PaymentMethod } from '../../src/shared/schemas/billing';
import { fewestNotes } from '../support/cash-count';
import { ADMIN } from '../support/test-hub';
import { BenchHubFolder, initialiseThroughApi, startHub, stopHub, withApi } from './hub-process';
import { atMost, ms, type ReportSection } from './report';
import { latencySpread, spreadText, type LatencySpread } from './stats';

export const DAY_CLOSE_GOALS = { closeDayMs: 200 };

export interface DayCloseOptions {
  hubScript: string;
  /** Visits seen, invoiced and (mostly) paid in the day. */
  visits: number;
  /** Visits still waiting in the queue at closing, each ended by the closing. */
  stillWaiting: number;
  /** Rounds of the day's report before closing (the manager's preview). */
  previewRounds: number;
}

export interface DayCloseResult {
  visits: number;
  payments: number;
  fillMs: number;
  preview: LatencySpread;
  closeMs: number;
  /** The hub's first PDF, fonts loaded; then a second one. */
  zPdfFirstMs: number;
  zPdfMs: number;
  zNo: string;
  netSen: number;
}

type Api = TRPCClient<AppRouter>;
const METHODS: PaymentMethod[] = ['cash', 'card', 'duitnow-qr', 'cash', 'touch-n-go'];

/**
 * Closing a busy day: the hub spawned on a fresh store, a day of `visits` consultations invoiced
 * and paid over the WebSocket (cash, cards, e-wallets; every 20th left owing, every 50th payment
 * voided), a few patients still waiting, the till counted and closed. Then the figures: the day's
 * report previewed, the day closed (the Z report built and kept, the waiting visits ended), and
 * the Z report rendered as a PDF.
 */
export async function measureDayClose(options: DayCloseOptions): Promise<DayCloseResult> {
  const folder = await BenchHubFolder.create();
  try {
    await initialiseThroughApi(options.hubScript, folder.env);
    const hub = await startHub(options.hubScript, folder.env);
    try {
      return await withApi(hub.url, async (api) => {
        await api.auth.login.mutate({ username: ADMIN.username, password: ADMIN.password });
        const fillStarted = performance.now();
        const { clinicDate, decisions, payments } = await fillDay(api, options);
        const fillMs = performance.now() - fillStarted;
        const preview: number[] = [];
        for (let round = 0; round < options.previewRounds; round++) {
          const started = performance.now();
          await api.till.dayReport.query({ clinicDate });
          preview.push(performance.now() - started);
        }
        let started = performance.now();
        const report = await api.till.closeDay.mutate({ clinicDate, openVisits: decisions });
        const closeMs = performance.now() - started;
        // The first PDF of the hub's life loads its fonts; the second is what every later print costs.
        const zPdfMs: number[] = [];
        for (let round = 0; round < 2; round++) {
          started = performance.now();
          await api.till.dayReportPdf.mutate({ clinicDate });
          zPdfMs.push(performance.now() - started);
        }
        return { visits: options.visits, payments, fillMs, preview: latencySpread(preview), closeMs, zPdfFirstMs: zPdfMs[0], zPdfMs: zPdfMs[1], zNo: report.zNo ?? '', netSen: report.takenSen - report.refundedSen };
      });
    } finally {
      await stopHub(hub.child);
    }
  } finally {
    await folder.dispose();
  }
}

async function fillDay(api: Api, options: DayCloseOptions) {
  const room = (code: string, name: string, kind: 'consultation' | 'payment', ticketPrefix: string) => api.rooms.save.mutate({ code, name, kind, ticketPrefix, active: true });
  const consultation = await room('1', 'Bilik 1', 'consultation', 'A');
  await room('PAY', 'Bayaran', 'payment', 'C');
  // The owner sees the patients and takes the money: the doctor's role and an MMC number.
  const owner = (await api.users.list.query()).find((user) => user.username === ADMIN.username);
  if (!owner) throw new Error('no owner account');
  await api.users.update.mutate({ id: owner.id, displayName: owner.displayName, roles: [...new Set([...owner.roles, 'doctor' as const])], mmcNo: '54321' });
  const session = await api.till.openSession.mutate({ floatSen: 20_000 });
  let payments = 0;
  for (let i = 0; i < options.visits; i++) {
    const visitId = await checkedIn(api, consultation.id, i);
    await api.queue.callNext.mutate({ roomId: consultation.id });
    const draft = await api.consultation.saveNote.mutate({ visitId, version: 0, note: { subjective: 'Fever', objective: '', assessment: 'Viral fever', plan: 'Rest' } });
    await api.consultation.finish.mutate({ visitId, version: draft.version });
    const invoice = await api.billing.issue.mutate({ visitId });
    if (i % 20 === 19) continue;
    const method = METHODS[i % METHODS.length];
    const amountSen = method === 'cash' ? Math.ceil(invoice.totalSen / 1000) * 1000 : invoice.totalSen;
    const { receiptNo } = await api.billing.pay.mutate({ invoiceId: invoice.id, tenders: [{ method, amountSen, reference: method === 'cash' ? '' : `REF-${i}` }] });
    payments += 1;
    if (i % 50 === 49) await api.billing.voidPayment.mutate({ invoiceId: invoice.id, receiptNo, reason: 'Charged twice' });
  }
  const waiting: string[] = [];
  for (let i = 0; i < options.stillWaiting; i++) waiting.push(await checkedIn(api, consultation.id, options.visits + i));
  const mine = await api.till.mySession.query();
  if (!mine) throw new Error('the till closed itself');
  await api.till.closeSession.mutate({ sessionId: session.id, count: fewestNotes(mine.expectedCashSen) });
  const clinicDate = mine.clinicDate;
  const preview = await api.till.dayReport.query({ clinicDate });
  const decisions = preview.openVisits.filter((visit) => visit.ticketOpen).map((visit) => ({ visitId: visit.visitId, action: 'end' as const }));
  if (decisions.length < waiting.length) throw new Error(`${decisions.length} open visits found, ${waiting.length} waiting`);
  return { clinicDate, decisions, payments };
}

async function checkedIn(api: Api, roomId: string, index: number): Promise<string> {
  const patient = await api.patients.register.mutate({ fullName: `Bench Patient ${index}`, identityType: 'mykad', identityNo: `710101-10-${String(1000 + index).padStart(4, '0')}`, phones: [], address: '', postcode: '', allergies: [] });
  return (await api.queue.checkIn.mutate({ patientId: patient.id, roomId, chiefComplaint: 'fever', priority: 'normal' })).visitId;
}

export function dayCloseSection(result: DayCloseResult): ReportSection {
  return {
    title: `10. Closing a day of ${result.visits} visits (${result.payments} payments) and its Z report`,
    rows: [
      { figure: 'till.closeDay (Z report built and kept, waiting visits ended)', measured: ms(result.closeMs), goal: atMost(result.closeMs, DAY_CLOSE_GOALS.closeDayMs, `≤ ${DAY_CLOSE_GOALS.closeDayMs} ms`) },
      { figure: 'till.dayReport preview', measured: spreadText(result.preview) },
      { figure: 'Z report PDF (till.dayReportPdf): first of the hub / next', measured: `${ms(result.zPdfFirstMs)} / ${ms(result.zPdfMs)}` },
      { figure: 'filling the day through the API', measured: ms(result.fillMs) },
    ],
    notes: [`${result.zNo}: net taken ${(result.netSen / 100).toFixed(2)} MYR. Over a signed-in WebSocket to the spawned hub; one close per store, so the close is one measurement.`],
  };
}
