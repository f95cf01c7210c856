/**
 * How many rows the next short unit of work of a long job (an import) should take, so that each
 * holds the store about `targetMs`: a search, a check-in or the TV board waits at most about one
 * of them. Rows cost more as the store grows and when the PC is busy, so the size follows what
 * the last units actually took (a moving average of the cost per row) instead of a fixed count.
 */
export class ChunkSizer {
  private msPerRow: number | null = null;

  constructor(private readonly options: { targetMs: number; firstRows: number; minRows: number; maxRows: number }) {}

  /** Rows for the next unit of work. */
  rows(): number {
    const { targetMs, firstRows, minRows, maxRows } = this.options;
    if (this.msPerRow === null) return firstRows;
    return Math.min(maxRows, Math.max(minRows, Math.floor(targetMs / this.msPerRow)));
  }

  /** What a unit of work of `rows` rows took, start to commit. */
  took(rows: number, ms: number): void {
    if (rows <= 0) return;
    const cost = Math.max(ms, 0) / rows;
    // New figures weigh half: one slow unit (a checkpoint, another program) does not halve the next.
    this.msPerRow = this.msPerRow === null ? cost : (this.msPerRow + cost) / 2;
  }
}
