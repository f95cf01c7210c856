/** A column's value for sorting; null sorts last whichever way. */
export type SortValue = string | number | null;

export type SortDirection = 'asc' | 'desc';

export interface SortState {
  columnKey: string;
  direction: SortDirection;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compareValues(a: SortValue, b: SortValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** Rows in the order of one column; rows that tie keep the order they came in, and empty values go last either way. */
export function sortRows<Row>(rows: readonly Row[], sortValue: (row: Row) => SortValue, direction: SortDirection): Row[] {
  const sign = direction === 'asc' ? 1 : -1;
  // Array sort is stable, so ties keep their order; empty values are not flipped with the direction.
  return rows
    .map((row) => ({ row, value: sortValue(row) }))
    .sort((a, b) => (a.value === null || b.value === null ? 1 : sign) * compareValues(a.value, b.value))
    .map(({ row }) => row);
}

/** A click on a header: ascending, then descending, then back to the order the list came in. */
export function nextSort(current: SortState | null, columnKey: string): SortState | null {
  if (current?.columnKey !== columnKey) return { columnKey, direction: 'asc' };
  return current.direction === 'asc' ? { columnKey, direction: 'desc' } : null;
}

export function pageCount(rowCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(rowCount / pageSize));
}

/** A page number that still exists once the list has shrunk (a filter, a row removed). */
export function clampPage(page: number, rowCount: number, pageSize: number): number {
  return Math.min(Math.max(0, page), pageCount(rowCount, pageSize) - 1);
}

/** The rows of one page (0-based). */
export function pageRows<Row>(rows: readonly Row[], page: number, pageSize: number): Row[] {
  const start = clampPage(page, rows.length, pageSize) * pageSize;
  return rows.slice(start, start + pageSize);
}

/** How far Page Up and Page Down jump between rows. */
export const ROW_JUMP = 10;

/**
 * Which row takes the focus after a key on a row: arrows move one, Page Up/Down ten, Home/End to
 * the ends, never past them. Null for a key that is not a move, so the page keeps its own use of it.
 */
export function movedFocus(current: number, key: string, rowCount: number): number | null {
  if (rowCount === 0) return null;
  const last = rowCount - 1;
  const target: Record<string, number> = {
    ArrowDown: current + 1,
    ArrowUp: current - 1,
    PageDown: current + ROW_JUMP,
    PageUp: current - ROW_JUMP,
    Home: 0,
    End: last,
  };
  return key in target ? Math.min(Math.max(target[key], 0), last) : null;
}
