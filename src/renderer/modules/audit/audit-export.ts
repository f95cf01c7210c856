import type { TFunction } from 'i18next';
import type { AuditListInput } from '../../../shared/schemas/audit';
import { spreadsheetCsv } from '../../../shared/spreadsheet-csv';
import type { ClinicDates } from '../../format/clinic-dates';
import { auditSentence, patientOf, type WireAuditEntry } from './audit-sentence';

/** The hub's largest page. */
const EXPORT_PAGE = 500;
/** More than a year of a busy clinic's changes; beyond it the filters should be narrower. */
export const EXPORT_LIMIT = 50_000;

/**
 * Every entry the filters match, newest first, read page by page as the screen reads them, as a
 * spreadsheet's CSV in words: when, who, what happened, and the patient's name and MRN.
 */
export async function auditCsv(
  listPage: (input: AuditListInput) => Promise<WireAuditEntry[]>,
  filters: AuditListInput,
  t: TFunction,
  dates: ClinicDates,
): Promise<{ csv: string; count: number; capped: boolean }> {
  const entries: WireAuditEntry[] = [];
  for (;;) {
    const beforeSeq = entries.length > 0 ? entries[entries.length - 1].seq : undefined;
    const page = await listPage({ ...filters, beforeSeq, limit: EXPORT_PAGE });
    entries.push(...page);
    if (page.length < EXPORT_PAGE || entries.length >= EXPORT_LIMIT) break;
  }
  const kept = entries.slice(0, EXPORT_LIMIT);
  const header = [t('audit.time'), t('audit.who'), t('audit.whatHappened'), t('audit.patient'), t('audit.mrn')];
  const rows = kept.map((entry) => {
    const patient = patientOf(entry);
    return [dates.dateTime(entry.at), entry.actorName ?? t('audit.system'), auditSentence(entry, t), patient?.name ?? '', patient?.mrn ?? ''];
  });
  return { csv: spreadsheetCsv([header, ...rows]), count: kept.length, capped: entries.length >= EXPORT_LIMIT };
}
