import type { TFunction } from 'i18next';
import { auditWordingOf } from '../../../shared/audit-actions';
import type { ListedAuditEntry } from '../../../shared/schemas/audit';
import { isKeyOf } from '../../i18n/detail-words';
import { en } from '../../i18n/resources';
import { humanised } from './audit-change-words';

/** An entry as it arrives over the wire, where a missing before/after simply stays absent. */
export type WireAuditEntry = Omit<ListedAuditEntry, 'before' | 'after'> & { before?: unknown; after?: unknown };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** The patient an entry is about, as name and MRN, or null. */
export function patientOf(entry: WireAuditEntry): { name: string; mrn: string } | null {
  return entry.subject?.kind === 'patient' ? { name: entry.subject.fullName, mrn: entry.subject.mrn } : null;
}

/** Whom or what an entry is about, in words: never an id. */
function whomOf(entry: WireAuditEntry, t: TFunction): string {
  const subject = entry.subject;
  if (subject?.kind === 'patient') return t('audit.patientLabel', { name: subject.fullName, mrn: subject.mrn });
  if (subject?.kind === 'user') return subject.name;
  for (const side of [entry.after, entry.before]) {
    const name = field(side, 'name') ?? field(side, 'displayName');
    if (typeof name === 'string' && name) return name;
  }
  if (entry.entity === 'role' && isKeyOf(en.roles, entry.entityId)) return t(`roles.${entry.entityId}`);
  // Backup file names are words already; record ids are not.
  if (entry.entityId && !UUID.test(entry.entityId)) return entry.entityId;
  return entry.entity === 'sign-in' || entry.entity === 'user' ? t('audit.anUnknownUser') : t('audit.aRecord');
}

/** A settings section by name ("receipt printer"), not by its key: one this version does not know is humanised. */
function sectionWords(section: string, t: TFunction): string {
  return isKeyOf(en.audit.sections, section) ? t(`audit.sections.${section}`) : humanised(section).toLowerCase();
}

/** "Farah registered Tan Ah Kow (MRN-000123)": who did what to whom, in the screen's language. */
export function auditSentence(entry: WireAuditEntry, t: TFunction): string {
  const who = entry.actorName ?? t('audit.system');
  const wording = auditWordingOf(entry.action);
  if (!wording) return t('audit.unknownAction', { who, action: entry.action });
  const patientIds = field(entry.after, 'patientIds');
  return t(`audit.did.${wording.key}`, {
    who,
    whom: whomOf(entry, t),
    section: wording.section ? sectionWords(wording.section, t) : '',
    count: Array.isArray(patientIds) ? patientIds.length : 0,
    imported: Number(field(entry.after, 'imported') ?? 0),
    rejected: Number(field(entry.after, 'rejected') ?? 0),
  });
}
