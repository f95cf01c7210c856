import type { TFunction } from 'i18next';
import { appErrorOf } from '../api/app-error';

/** One sentence, in the user's language, for whatever went wrong. */
export function describeError(error: unknown, t: TFunction): string {
  const app = appErrorOf(error);
  if (!app) return t('error.offline');
  const { code, details } = app;
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(details)) {
    if (Array.isArray(value)) values[key] = value.join(', ');
    else if (value !== null) values[key] = typeof value === 'boolean' ? String(value) : value;
  }
  if (code === 'ACCOUNT_LOCKED' && typeof details.until === 'string') values.until = new Date(details.until).toLocaleString();
  if (code === 'IDENTITY_INVALID' && typeof details.reason === 'string') values.reason = t(`identityReason.${details.reason}`);
  if (code === 'APPOINTMENT_OUTSIDE_SCHEDULE' && typeof details.reason === 'string') values.reason = t(`scheduleReason.${details.reason}`);
  if (code === 'APPOINTMENT_WRONG_STATE' && typeof details.status === 'string') values.status = t(`appointmentStatus.${details.status}`);
  if (code === 'PRINTER_UNAVAILABLE' && typeof details.reason === 'string') values.reason = t(`printing.reasons.${details.reason}`, { defaultValue: details.reason });
  if (code === 'SCHEDULE_INVALID' && typeof details.weekday === 'number') values.weekday = t(`weekday.${details.weekday}`);
  const sentence = t(`errors.${code}`, values);
  if (code === 'LOGIN_FAILED' && typeof details.attemptsLeft === 'number') {
    return `${sentence} ${t('error.attemptsLeft', { count: details.attemptsLeft })}`;
  }
  return sentence;
}
