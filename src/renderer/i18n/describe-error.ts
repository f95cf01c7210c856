import type { TFunction } from 'i18next';
import { appErrorOf, fieldIssues, invalidFields } from '../api/app-error';
import { fieldLabel, issuesInWords } from '../components/form-errors/field-words';
import { identityReasonText, isKeyOf, weekdayName } from './detail-words';
import { en } from './resources';

/** One sentence, in the user's language, for whatever went wrong. */
export function describeError(error: unknown, t: TFunction): string {
  const app = appErrorOf(error);
  if (!app) return t('error.offline');
  const { code, details } = app;
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(details)) {
    if (Array.isArray(value)) values[key] = value.map(String).join(', ');
    else if (value !== null) values[key] = typeof value === 'boolean' ? String(value) : value;
  }
  if (typeof details.retryAfterSeconds === 'number') values.wait = waitInWords(details.retryAfterSeconds, t);
  const { reason, status, weekday, measure } = details;
  if (code === 'VALIDATION_FAILED') values.fields = validationInWords(error, t);
  if (code === 'IDENTITY_INVALID' && typeof reason === 'string') values.reason = identityReasonText(t, reason);
  if (code === 'APPOINTMENT_OUTSIDE_SCHEDULE' && isKeyOf(en.scheduleReason, reason)) values.reason = t(`scheduleReason.${reason}`);
  if (code === 'APPOINTMENT_WRONG_STATE' && isKeyOf(en.appointmentStatus, status)) values.status = t(`appointmentStatus.${status}`);
  if (code === 'PRINTER_UNAVAILABLE' && isKeyOf(en.printing.reasons, reason)) values.reason = t(`printing.reasons.${reason}`);
  if (code === 'VITALS_IMPOSSIBLE' && isKeyOf(en.vitals.measures, measure)) values.measure = t(`vitals.measures.${measure}`);
  if (code === 'MC_DATES_INVALID' && isKeyOf(en.visitDocuments.mcDateProblem, reason)) values.reason = t(`visitDocuments.mcDateProblem.${reason}`, values);
  if (code === 'SCHEDULE_INVALID' && typeof weekday === 'number') values.weekday = weekdayName(t, weekday);
  const sentence = t(`errors.${code}`, values);
  const more = typeof details.attemptsLeft === 'number' ? triesInWords(code, details.attemptsLeft, values, t) : null;
  return more ? `${sentence} ${more}` : sentence;
}

/** The refused fields by their labels, each with what is wrong: "Full name (at most 120 characters)". */
function validationInWords(error: unknown, t: TFunction): string {
  const issues = fieldIssues(error);
  if (issues.length > 0) return issuesInWords(t, issues);
  return invalidFields(error)
    .map((field) => fieldLabel(t, field))
    .join(', ');
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
