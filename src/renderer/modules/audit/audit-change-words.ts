import type { TFunction } from 'i18next';
import { fieldLabel, labelKeyOf } from '../../components/form-errors/field-words';
import { calendarDay, type ClinicDates } from '../../format/clinic-dates';
import { isKeyOf } from '../../i18n/detail-words';
import { en } from '../../i18n/resources';
import { countryName } from '../patients/country-names';
import type { WireAuditEntry } from './audit-sentence';

/** One changed field of an audit entry, in words: its label, what it was and what it became. */
export interface ChangeLine {
  /** The field's dotted path in the record, unique within the entry. */
  path: string;
  label: string;
  /** Absent when the entry made the record (nothing before). */
  before?: string;
  /** Absent when the entry removed it (nothing after). */
  after?: string;
}

/** How the words are found: the screen's language and dates, and names for the ids the hub resolved. */
export interface ChangeContext {
  t: TFunction;
  language: string;
  dates: ClinicDates;
  /** Names by id: the entry's patient or user, and every user who could have acted. */
  names: ReadonlyMap<string, string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** Bookkeeping every record carries: the log's own seq and time say the same. */
const UNSHOWN = new Set(['id', 'version', 'createdAt', 'updatedAt']);
/** What a record whose whole value is a list holds: a role is its permissions. */
const WHOLE_VALUE_LABEL: Record<string, string> = { role: 'permissions' };

/** `ticketNo` → `Ticket no`: a key the screens have no label for yet, still read as words. */
export function humanised(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_.-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A word from a known list (a permission, a role, a sex, a country), else null. */
function knownWord(field: string, word: string, { t, language }: ChangeContext): string | null {
  if (field === 'nationality') return countryName(word, language);
  if (field === 'permissions' && isKeyOf(en.permissions, word)) return t(`permissions.${word}`);
  if (field === 'roles' && isKeyOf(en.roles, word)) return t(`roles.${word}`);
  if (field === 'sex' && isKeyOf(en.patients.sexes, word)) return t(`patients.sexes.${word}`);
  if (field === 'identityType' && isKeyOf(en.patients.identityTypes, word)) return t(`patients.identityTypes.${word}`);
  return null;
}

function scalarWords(field: string, value: unknown, context: ChangeContext): string {
  const { t } = context;
  if (value === null || value === undefined || value === '') return t('audit.change.empty');
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return t('audit.change.empty');
  if (UUID.test(value)) return context.names.get(value) ?? t('audit.change.anotherRecord');
  if (CALENDAR_DAY.test(value)) return calendarDay(value, context.language, 'none');
  if (INSTANT.test(value)) return context.dates.dateTime(value);
  return knownWord(field, value, context) ?? value;
}

/** A list, or a record inside a list (an allergy, a panel), as one line of words. */
function valueWords(field: string, value: unknown, context: ChangeContext): string {
  if (Array.isArray(value)) {
    return value.length === 0 ? context.t('audit.change.empty') : value.map((item) => valueWords(field, item, context)).join('; ');
  }
  if (isRecord(value)) {
    const parts = Object.entries(value).filter(([key, item]) => !UNSHOWN.has(key) && item !== null && item !== '');
    return parts.map(([key, item]) => valueWords(key, item, context)).join(' · ');
  }
  return scalarWords(field, value, context);
}

/** Every field of a side by its dotted path (`emergencyContact.phone`), records inside records opened out. */
function fieldsOf(side: unknown, entity: string): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  const walk = (value: unknown, path: string): void => {
    if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) if (!UNSHOWN.has(key)) walk(item, path ? `${path}.${key}` : key);
      return;
    }
    fields.set(path || (WHOLE_VALUE_LABEL[entity] ?? ''), value);
  };
  if (side !== null && side !== undefined) walk(side, '');
  return fields;
}

function labelOf(path: string, t: TFunction): string {
  if (path === '') return t('audit.change.details');
  if (path === 'mrn') return t('audit.mrn');
  return labelKeyOf(path) ? fieldLabel(t, path) : humanised(path.split('.').slice(-1)[0] ?? path);
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * What an audit entry changed, field by field, in the screen's language: only the fields that
 * differ when it has both sides, the filled-in ones when it made or removed a record. Never raw
 * JSON, never a bare id.
 */
export function changeLines(entry: Pick<WireAuditEntry, 'entity' | 'before' | 'after'>, context: ChangeContext): ChangeLine[] {
  const before = fieldsOf(entry.before, entry.entity);
  const after = fieldsOf(entry.after, entry.entity);
  const hasBefore = entry.before !== null && entry.before !== undefined;
  const hasAfter = entry.after !== null && entry.after !== undefined;
  const lines: ChangeLine[] = [];
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(path);
    const now = after.get(path);
    if (hasBefore && hasAfter ? JSON.stringify(was) === JSON.stringify(now) : isBlank(hasAfter ? now : was)) continue;
    const field = path.split('.').slice(-1)[0] ?? path;
    const wasWords = valueWords(field, was, context);
    const nowWords = valueWords(field, now, context);
    // A record that came or went whole (no emergency contact → one) is told by its own fields.
    if (hasBefore && hasAfter && wasWords === nowWords) continue;
    lines.push({ path, label: labelOf(path, context.t), ...(hasBefore ? { before: wasWords } : {}), ...(hasAfter ? { after: nowWords } : {}) });
  }
  return lines;
}
