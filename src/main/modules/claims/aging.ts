import type { AgingRow } from '../../../shared/schemas/claims';

export type AgingBucket = 'currentSen' | 'days30Sen' | 'days60Sen' | 'days90Sen';

/** Whole days from one clinic date to another (YYYY-MM-DD), calendar days whatever the zone. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The bucket of an amount invoiced `days` ago: 0–29 current, then 30–59, 60–89, 90 and more. */
export function agingBucket(days: number): AgingBucket {
  if (days >= 90) return 'days90Sen';
  if (days >= 60) return 'days60Sen';
  if (days >= 30) return 'days30Sen';
  return 'currentSen';
}

/** What each panel still owes, by the age of the invoice it is owed on; panels owing nothing are left out. */
export function agingReport(owed: readonly { panelId: string; panelCode: string; panelName: string; clinicDate: string; outstandingSen: number }[], today: string): AgingRow[] {
  const rows = new Map<string, AgingRow>();
  for (const item of owed) {
    if (item.outstandingSen <= 0) continue;
    const row = rows.get(item.panelId) ?? { panelId: item.panelId, panelCode: item.panelCode, panelName: item.panelName, currentSen: 0, days30Sen: 0, days60Sen: 0, days90Sen: 0, totalSen: 0 };
    row[agingBucket(daysBetween(item.clinicDate, today))] += item.outstandingSen;
    row.totalSen += item.outstandingSen;
    rows.set(item.panelId, row);
  }
  return [...rows.values()].sort((a, b) => a.panelName.localeCompare(b.panelName));
}
