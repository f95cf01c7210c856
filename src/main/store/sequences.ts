import type { EntityManager } from 'typeorm';

/**
 * Human numbers people read aloud and print (MRN, invoice no., ticket no.), separate from
 * the UUID ids. Each named sequence counts on its own, so a branch (or a day, for tickets)
 * gets its own series by its own name: `mrn`, later `mrn:<branch>` or `ticket:2026-11-23`.
 * Call inside the unit of work that uses the number, so a rolled-back write gives it back.
 */
export async function nextInSequence(db: EntityManager, name: string, count = 1): Promise<number> {
  // With count > 1 the numbers returned..returned + count - 1 are all taken (a bulk import).
  const rows = await db.query<{ value: number }[]>(
    `INSERT INTO sequences (name, next_value) VALUES (?, 1 + ?)
     ON CONFLICT (name) DO UPDATE SET next_value = next_value + excluded.next_value - 1
     RETURNING next_value - ? AS value`,
    [name, count, count],
  );
  return rows[0].value;
}

/** `MRN-000123`: a prefix and the number padded to a fixed width, so numbers sort as text too. */
export function humanNumber(prefix: string, value: number, width = 6): string {
  return `${prefix}-${String(value).padStart(width, '0')}`;
}
