import type { StockTakeTotals } from '../../../shared/schemas/stock-take';

/** One counted line of a sheet, as the variance needs it. */
export interface CountedLine {
  expected: number;
  movedSinceFreeze: number;
  counted: number;
  unitCostSen: number;
}

/**
 * What the count says differs from the records. Stock keeps moving while a sheet is out (the
 * dispensary does not close for a count), so the count is compared with what the records hold
 * now, not at the freeze: expected at freeze plus whatever moved since (dispensed −, received +).
 * Clinics count a shelf and post soon after; a dispensing recorded after the shelf was counted
 * but before posting would show as a shortage, which is why the sheet shows "moved since freeze".
 */
export function varianceOf(line: CountedLine): { units: number; valueSen: number } {
  const units = line.counted - (line.expected + line.movedSinceFreeze);
  return { units, valueSen: units * line.unitCostSen };
}

/** The report's totals at cost: overs and shorts apart, so one does not hide the other. */
export function varianceTotals(lines: readonly CountedLine[]): StockTakeTotals {
  const totals: StockTakeTotals = { overUnits: 0, overSen: 0, shortUnits: 0, shortSen: 0, netSen: 0 };
  for (const line of lines) {
    const { units, valueSen } = varianceOf(line);
    if (units > 0) {
      totals.overUnits += units;
      totals.overSen += valueSen;
    } else if (units < 0) {
      totals.shortUnits -= units;
      totals.shortSen -= valueSen;
    }
    totals.netSen += valueSen;
  }
  return totals;
}
