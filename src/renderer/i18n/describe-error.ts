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
  if (typeof details.retryAfterSeconds === 'number') values.wait = waitInWords(details.retryAfterSeconds, t);
  if (code === 'IDENTITY_INVALID' && typeof details.reason === 'string') values.reason = t(`identityReason.${details.reason}`);
  if (code === 'APPOINTMENT_OUTSIDE_SCHEDULE' && typeof details.reason === 'string') values.reason = t(`scheduleReason.${details.reason}`);
  if (code === 'APPOINTMENT_WRONG_STATE' && typeof details.status === 'string') values.status = t(`appointmentStatus.${details.status}`);
  if (code === 'PRINTER_UNAVAILABLE' && typeof details.reason === 'string') values.reason = t(`printing.reasons.${details.reason}`, { defaultValue: details.reason });
  if (code === 'SCHEDULE_INVALID' && typeof details.weekday === 'number') values.weekday = t(`weekday.${details.weekday}`);
  const sentence = t(`errors.${code}`, values);
  const more = typeof details.attemptsLeft === 'number' ? triesInWords(code, details.attemptsLeft, values, t) : null;
  return more ? `${sentence} ${more}` : sentence;
}

/** What the hub's count of tries means for whoever is at this screen: sign-in counts by computer, unlocking by window. */
function triesInWords(code: string, attemptsLeft: number, values: Record<string, string | number>, t: TFunction): string | null {
  if (code === 'LOGIN_FAILED') return attemptsLeft > 0 ? t('error.signInTriesLeft', { count: attemptsLeft }) : values.wait ? t('error.signInWait', { wait: values.wait }) : null;
  if (code === 'UNLOCK_FAILED') return attemptsLeft > 0 ? t('error.sessionTriesLeft', { count: attemptsLeft }) : t('error.sessionSignedOut');
  return null;
}

function waitInWords(seconds: number, t: TFunction): string {
  return seconds < 120 ? t('error.seconds', { count: seconds }) : t('error.minutes', { count: Math.ceil(seconds / 60) });
}
