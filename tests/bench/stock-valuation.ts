import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ENTITIES } from '../../src/main/modules';
import { MedicinesService } from '../../src/main/modules/medicines/medicines-service';
import { PanelsService } from '../../src/main/modules/panels/panels-service';
import { StockReports } from '../../src/main/modules/stock/stock-reports';
import { StockService } from '../../src/main/modules/stock/stock-service';
import { Store } from '../../src/main/store/store';
import { unitOfWorkFor } from '../support/unit-of-work-for';
import { atMost, ms, type ReportSection } from './report';
import { percentile } from './stats';
import { fillStockStore, type StockStoreSize } from './stock-store';

export const STOCK_GOALS = { valuationP95Ms: 200 };

export interface StockValuationResult {
  items: number;
  batches: number;
  fillMs: number;
  rounds: number;
  totalSen: number;
  p50Ms: number;
  p95Ms: number;
}

/** The whole store's valuation at cost, in process on the encrypted store, as the stock screen asks for it. */
export async function measureStockValuation(options: StockStoreSize & { rounds: number; warmup: number }): Promise<StockValuationResult> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-bench-stock-'));
  const store = await Store.open({ file: path.join(folder, 'store.db'), keyHex: randomBytes(32).toString('hex'), entities: ENTITIES });
  try {
    let started = performance.now();
    await fillStockStore(store, options);
    const fillMs = performance.now() - started;
    const medicines = new MedicinesService(new PanelsService());
    const reports = new StockReports(new StockService(medicines), medicines);
    const value = () => store.transaction((db) => reports.valuation(unitOfWorkFor(db)));
    for (let i = 0; i < options.warmup; i += 1) await value();
    const timings: number[] = [];
    let totalSen = 0;
    for (let i = 0; i < options.rounds; i += 1) {
      started = performance.now();
      totalSen = (await value()).totalSen;
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    return { items: options.items, batches: options.batches, fillMs, rounds: options.rounds, totalSen, p50Ms: percentile(timings, 0.5), p95Ms: percentile(timings, 0.95) };
  } finally {
    await store.close();
    await rm(folder, { recursive: true, force: true });
  }
}

export function stockSection(result: StockValuationResult, warmup: number): ReportSection {
  return {
    title: `7. Stock valuation at cost of the whole store: ${result.items.toLocaleString('en-US')} items, ${result.batches.toLocaleString('en-US')} batches`,
    rows: [
      { figure: 'valuation p50 / p95', measured: `${result.p50Ms.toFixed(1)} / ${result.p95Ms.toFixed(1)} ms`, goal: atMost(result.p95Ms, STOCK_GOALS.valuationP95Ms, `p95 ≤ ${STOCK_GOALS.valuationP95Ms} ms`) },
      { figure: 'filling the store (one transaction)', measured: ms(result.fillMs) },
    ],
    notes: [`in process on the encrypted store, StockReports.valuation (each batch at its own cost, labels from the medicine list); ${result.rounds} rounds after ${warmup} untimed; total RM ${(result.totalSen / 100).toFixed(2)}.`],
  };
}
