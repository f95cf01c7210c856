import type { UnitOfWork } from '../../work/unit-of-work';

/**
 * What is still to be handed over per prescription line: the prescribed quantity (whole units,
 * as prescriptions round up) less what earlier dispensings gave. Never below zero.
 */
export function owedOf(lines: readonly { id: string; quantity: number }[], dispensed: ReadonlyMap<string, number>): Map<string, number> {
  return new Map(lines.map((line) => [line.id, Math.max(0, Math.ceil(line.quantity) - (dispensed.get(line.id) ?? 0))]));
}

/** What the dispensary already handed over against prescription lines (dispensings given back do not count). */
export class DispensedSoFar {
  async quantities(uow: UnitOfWork, prescriptionLineIds: readonly string[]): Promise<Map<string, number>> {
    if (prescriptionLineIds.length === 0) return new Map();
    const rows = await uow.db.query<{ id: string; quantity: number }[]>(
      `SELECT line.prescription_line_id AS id, SUM(line.quantity) AS quantity
       FROM dispensed_lines line JOIN dispensings dispensing ON dispensing.id = line.dispensing_id
       WHERE dispensing.status = 'done' AND line.prescription_line_id IN (${prescriptionLineIds.map(() => '?').join(', ')})
       GROUP BY line.prescription_line_id`,
      [...prescriptionLineIds],
    );
    return new Map(rows.map((row) => [row.id, row.quantity]));
  }

  /** The Prescription Book serial of each line's first supply: a later supply of the rest references it (s24). */
  async firstSerials(uow: UnitOfWork, prescriptionLineIds: readonly string[]): Promise<Map<string, string>> {
    if (prescriptionLineIds.length === 0) return new Map();
    const rows = await uow.db.query<{ id: string; serial: string }[]>(
      `SELECT line.prescription_line_id AS id, line.register_serial AS serial
       FROM dispensed_lines line JOIN dispensings dispensing ON dispensing.id = line.dispensing_id
       WHERE dispensing.status = 'done' AND line.register_serial IS NOT NULL AND line.prescription_line_id IN (${prescriptionLineIds.map(() => '?').join(', ')})
       ORDER BY dispensing.dispensed_at DESC`,
      [...prescriptionLineIds],
    );
    // Newest first, so the earliest entry of each line is the one left in the map.
    return new Map(rows.map((row) => [row.id, row.serial]));
  }
}
