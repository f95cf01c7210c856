import { FIELD_ISSUE_KINDS, isErrorCode, type AppErrorShape, type FieldIssue } from '../../shared/errors';

/** The `{ code, details }` the hub put on a failure, or null for anything else (a dropped socket). */
export function appErrorOf(error: unknown): AppErrorShape | null {
  if (typeof error !== 'object' || error === null || !('data' in error)) return null;
  const data = (error as { data?: { app?: { code?: unknown; details?: unknown } } }).data;
  const app = data?.app;
  if (!app || !isErrorCode(app.code)) return null;
  const details = typeof app.details === 'object' && app.details !== null ? (app.details as AppErrorShape['details']) : {};
  return { code: app.code, details };
}

/**
 * Fields the hub refused, e.g. `clinic.name` or `password`: every field validation rejected, and
 * the field a business refusal is about (a duplicate identity number names `identityNo`).
 */
export function invalidFields(error: unknown): string[] {
  const fields = appErrorOf(error)?.details.fields;
  return Array.isArray(fields) ? fields.filter((field): field is string => typeof field === 'string') : [];
}

function isFieldIssue(value: unknown): value is FieldIssue {
  if (typeof value !== 'object' || value === null) return false;
  const { path, kind, limit } = value as Record<string, unknown>;
  return typeof path === 'string' && (FIELD_ISSUE_KINDS as readonly unknown[]).includes(kind) && (typeof limit === 'number' || limit === null);
}

/** What validation found wrong with each field (kind and limit), from a VALIDATION_FAILED. */
export function fieldIssues(error: unknown): FieldIssue[] {
  const app = appErrorOf(error);
  if (app?.code !== 'VALIDATION_FAILED') return [];
  const issues: unknown = app.details.issues;
  return Array.isArray(issues) ? issues.filter(isFieldIssue) : [];
}
