import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { v7 as uuidv7 } from 'uuid';
import { ModuleServices, type AnyModule } from '../../src/main/api/core/module';
import { AuditLog } from '../../src/main/audit/audit-log';
import { ENTITIES, MODULES, profileSettings } from '../../src/main/modules';
import { einvoiceKey } from '../../src/main/modules/einvoice';
import { einvoiceSettings } from '../../src/main/modules/einvoice/settings';
import { DEFAULT_EINVOICE_SETTINGS } from '../../src/shared/schemas/einvoice';
import { PasswordHasher } from '../../src/main/security/password-hasher';
import { SettingsStore } from '../../src/main/settings/settings-store';
import type { Keychain } from '../../src/main/store/keychain';
import { sqliteConnection, Store } from '../../src/main/store/store';
import { ClinicZone } from '../../src/main/work/clinic-clock';
import { DomainEventBus } from '../../src/main/work/domain-events';
import { WorkRunner } from '../../src/main/work/work-runner';
import { Prng } from '../support/http-fuzz-inputs';
import { unitOfWorkFor } from '../support/unit-of-work-for';
import { atMost, ms, type ReportSection } from './report';
import { percentile } from './stats';

export const EINVOICE_GOALS = { consolidatedMonthP95Ms: 1000 };

export interface EinvoiceMonthResult {
  sales: number;
  fillMs: number;
  rounds: number;
  lines: number;
  ownRequired: number;
  totalSen: number;
  p50Ms: number;
  p95Ms: number;
}

/** A keychain that forgets: the benchmark's store is thrown away and never submits. */
class ForgetfulKeychain implements Keychain {
  private readonly entries = new Map<string, string>();
  get(account: string): Promise<string | null> {
    return Promise.resolve(this.entries.get(account) ?? null);
  }
  set(account: string, secret: string): Promise<void> {
    this.entries.set(account, secret);
    return Promise.resolve();
  }
  delete(account: string): Promise<void> {
    this.entries.delete(account);
    return Promise.resolve();
  }
}

/**
 * A month's consolidated e-invoice at clinic scale, in process on the encrypted store: November
 * filled with `sales` invoices (1–4 lines each, a fifth with 6 % service tax, 0.5 % voided, three
 * above RM 10,000), then EinvoiceDocuments.buildConsolidated timed as the screen's button runs it —
 * reading the month's invoices and lines, planning the lines, building the UBL JSON, checking it
 * against the MyInvois structure, and writing the draft with a link per invoice and its audit row,
 * in one transaction. Each round replaces the previous round's draft.
 */
export async function measureEinvoiceMonth(options: { sales: number; rounds: number; warmup: number; seed: number }): Promise<EinvoiceMonthResult> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-bench-einvoice-'));
  const store = await Store.open({ file: path.join(folder, 'store.db'), keyHex: randomBytes(32).toString('hex'), entities: ENTITIES });
  try {
    const now = () => new Date('2026-12-02T02:00:00Z');
    const settings = new SettingsStore();
    const zone = new ClinicZone('Asia/Kuala_Lumpur');
    const auditLog = new AuditLog();
    const work = new WorkRunner({ store, auditLog, events: new DomainEventBus(), zone, now, onChanged: () => undefined, onEffectFailed: () => undefined });
    const services = ModuleServices.build(MODULES as readonly AnyModule[], { store, auditLog, hasher: new PasswordHasher(), zone, work, settings, now, patientRecords: [], secrets: new ForgetfulKeychain() });
    const documents = services.of(einvoiceKey).documents;
    let started = performance.now();
    await store.transaction(async (db) => {
      const uow = unitOfWorkFor(db, 'Asia/Kuala_Lumpur', now());
      const profile = { name: 'Klinik Bench', address: 'No. 1, Jalan Bench, Kuala Lumpur', phone: '+60312345678', registrationNo: 'KKM-1234', currency: 'MYR', timeZone: 'Asia/Kuala_Lumpur', languages: ['en' as const, 'ms' as const], tax: { enabled: true, name: 'SST', rateBasisPoints: 600, registrationNo: 'W10-1808-32000123' } };
      await settings.save(uow, profileSettings, profile, 'clinic.initialise');
      const address = { line: 'No. 1, Jalan Bench', city: 'Kuala Lumpur', postcode: '50000', stateCode: '14' as const };
      await settings.save(uow, einvoiceSettings, { ...DEFAULT_EINVOICE_SETTINGS, tin: 'C25845632020', brn: '202001234567', phone: '+60312345678', address });
      fillMonth(sqliteConnection(db), options.sales, options.seed);
    });
    const fillMs = performance.now() - started;
    const build = () => work.run(null, (uow) => documents.buildConsolidated(uow, { month: '2026-11' }));
    for (let i = 0; i < options.warmup; i += 1) await build();
    const timings: number[] = [];
    let last = await build();
    for (let i = 0; i < options.rounds; i += 1) {
      started = performance.now();
      last = await build();
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    const month = await work.run(null, (uow) => documents.month(uow, '2026-11'));
    return { sales: options.sales, fillMs, rounds: options.rounds, lines: last.lineCount, ownRequired: month.ownRequired.length, totalSen: last.totalSen, p50Ms: percentile(timings, 0.5), p95Ms: percentile(timings, 0.95) };
  } finally {
    await store.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** November's invoices straight into the billing tables, numbered in order across the month's days. */
function fillMonth(sqlite: ReturnType<typeof sqliteConnection>, sales: number, seed: number): void {
  const rng = new Prng(seed);
  const invoice = sqlite.prepare(
    `INSERT INTO invoices (id, number, visit_id, patient_id, bill_to, clinic_date, status, subtotal_sen, discount_sen, discount_reason, tax_sen, total_sen, paid_sen, rounding_sen, issued_by, issued_at, void_reason)
     VALUES (?, ?, NULL, NULL, ?, ?, ?, ?, 0, NULL, ?, ?, ?, 0, NULL, ?, ?)`,
  );
  const line = sqlite.prepare(
    `INSERT INTO invoice_lines (id, invoice_id, position, kind, source_kind, source_id, description, quantity, unit_price_sen, amount_sen, discount_sen, tax_rate_bp, tax_sen)
     VALUES (?, ?, ?, ?, 'fee', ?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const large = new Set([Math.floor(sales * 0.2), Math.floor(sales * 0.5), Math.floor(sales * 0.8)]);
  for (let i = 0; i < sales; i += 1) {
    const id = uuidv7();
    const day = String(1 + Math.floor((i * 30) / sales)).padStart(2, '0');
    const taxed = rng.next() < 0.2;
    const lines = large.has(i) ? [{ kind: 'procedure', description: 'Minor operation', quantity: 1, price: 1_200_000 }] : [{ kind: 'consultation', description: 'General consultation', quantity: 1, price: 3000 + 500 * rng.int(5) }];
    for (let extra = rng.int(4); extra > 0; extra -= 1) lines.push({ kind: 'medicine', description: `medicine ${rng.int(300)}`, quantity: 1 + rng.int(30), price: 5 + rng.int(300) });
    let subtotal = 0;
    let tax = 0;
    const priced = lines.map((item) => {
      const amount = item.quantity * item.price;
      const rate = taxed && item.kind !== 'medicine' ? 600 : 0;
      const lineTax = Math.round((amount * rate) / 10_000);
      subtotal += amount;
      tax += lineTax;
      return { ...item, amount, rate, lineTax };
    });
    const voided = rng.next() < 0.005;
    const number = `INV-2026-${String(i + 1).padStart(6, '0')}`;
    invoice.run(id, number, `Patient ${i}`, `2026-11-${day}`, voided ? 'void' : 'paid', subtotal, tax, subtotal + tax, voided ? 0 : subtotal + tax, `2026-11-${day}T02:00:00.000Z`, voided ? 'bench void' : null);
    priced.forEach((item, position) => line.run(uuidv7(), id, position, item.kind, uuidv7(), item.description, item.quantity, item.price, item.amount, item.rate, item.lineTax));
  }
}

export function einvoiceSection(result: EinvoiceMonthResult, warmup: number): ReportSection {
  return {
    title: `9. A month's consolidated e-invoice from ${result.sales.toLocaleString('en-US')} sales`,
    rows: [
      { figure: 'build consolidated e-invoice p50 / p95', measured: `${result.p50Ms.toFixed(1)} / ${result.p95Ms.toFixed(1)} ms`, goal: atMost(result.p95Ms, EINVOICE_GOALS.consolidatedMonthP95Ms, `p95 ≤ ${EINVOICE_GOALS.consolidatedMonthP95Ms} ms`) },
      { figure: 'filling the month (one transaction)', measured: ms(result.fillMs) },
    ],
    notes: [
      `in process on the encrypted store, EinvoiceDocuments.buildConsolidated (read, plan, build UBL JSON, check its structure, write the draft and ${result.sales.toLocaleString('en-US')} links, audit) in one transaction; ${result.rounds} rounds after ${warmup} untimed.`,
      `${result.lines} line(s) (runs of invoice numbers broken by voided and large sales), ${result.ownRequired} sale(s) above RM 10,000 listed for their own e-invoice; total RM ${(result.totalSen / 100).toFixed(2)}.`,
    ],
  };
}
