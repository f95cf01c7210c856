import { columnNames } from '../../shared/csv-columns';
import { AppError } from '../errors/app-error';

/**
 * Target field → column index, worked out once from the header (or the first record's width).
 * A mapping naming a column the file does not have is refused, field by field.
 */
export function columnIndexes<F extends string>(mapping: Partial<Record<F, string>>, firstRecord: readonly string[], hasHeader: boolean): Partial<Record<F, number>> {
  const names = columnNames(firstRecord, hasHeader);
  const indexes: Partial<Record<F, number>> = {};
  const unknown: string[] = [];
  for (const [field, column] of Object.entries(mapping) as [F, string | undefined][]) {
    if (column === undefined) continue;
    const index = names.indexOf(column.trim());
    if (index < 0) unknown.push(`mapping.${field}`);
    else indexes[field] = index;
  }
  if (unknown.length > 0) throw new AppError('VALIDATION_FAILED', { fields: unknown });
  return indexes;
}
