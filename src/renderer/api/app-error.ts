import { isErrorCode, type AppErrorShape } from '../../shared/errors';

/** The `{ code, details }` the hub put on a failure, or null for anything else (a dropped socket). */
export function appErrorOf(error: unknown): AppErrorShape | null {
  if (typeof error !== 'object' || error === null || !('data' in error)) return null;
  const data = (error as { data?: { app?: { code?: unknown; details?: unknown } } }).data;
  const app = data?.app;
  if (!app || !isErrorCode(app.code)) return null;
  const details = typeof app.details === 'object' && app.details !== null ? (app.details as AppErrorShape['details']) : {};
  return { code: app.code, details };
}

/** Fields the hub's validation rejected, e.g. `clinic.name` or `password`. */
export function invalidFields(error: unknown): string[] {
  const app = appErrorOf(error);
  if (app?.code !== 'VALIDATION_FAILED') return [];
  const fields = app.details.fields;
  return Array.isArray(fields) ? fields : [];
}
