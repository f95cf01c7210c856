import type { FieldIssue } from '../../../shared/errors';
import { AppError } from '../../errors/app-error';

/**
 * Refuses a date later than the clinic's today (an onset, a "since", a stop date), or one before
 * the date it must follow. Partial dates ("2015", "2015-06") compare by as much as they say: 2026
 * is not in the future on 5 Dec 2026.
 */
export function assertChartDates(today: string, dates: Record<string, string | null | undefined>, notBefore?: { field: string; date: string | null }): void {
  const refused = Object.entries(dates).flatMap(([path, date]) => (date && date > today.slice(0, date.length) ? [path] : []));
  if (notBefore?.date) {
    const date = dates[notBefore.field];
    if (date && date.slice(0, notBefore.date.length) < notBefore.date.slice(0, date.length)) refused.push(notBefore.field);
  }
  if (refused.length > 0) {
    const fields = [...new Set(refused)];
    throw new AppError('VALIDATION_FAILED', { fields, issues: fields.map((path): FieldIssue => ({ path, kind: 'outOfRange', limit: null })) });
  }
}
