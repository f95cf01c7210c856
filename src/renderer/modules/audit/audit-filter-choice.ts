import { AUDIT_ACTIONS, SETTINGS_AUDIT_FAMILIES, type ListedAuditAction, type SettingsAuditFamily } from '../../../shared/audit-actions';
import { addDays, clinicInstant } from '../../../shared/clinic-time';
import type { AuditListInput } from '../../../shared/schemas/audit';

/** What the audit screen's filters hold: ids and codes for the hub, the chosen patient's words for the screen. */
export interface AuditFilterChoice {
  actorUserId: string;
  patient: { id: string; label: string } | null;
  /** An action, or a settings family (every section's). */
  action: ListedAuditAction | SettingsAuditFamily | '';
  /** Clinic dates, `YYYY-MM-DD`; `to` includes the day it names. */
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilterChoice = { actorUserId: '', patient: null, action: '', from: '', to: '' };

type FilterAction = ListedAuditAction | SettingsAuditFamily;
type AreaOf<A> = A extends `${infer Area}.${string}` ? Area : never;
/** What an action's code starts with: `patient`, `queue`, `auth` … */
export type AuditArea = AreaOf<FilterAction>;

/** Every action the filter offers, grouped by the area its code starts with, in the order they are listed. */
export function actionChoicesByArea(): [area: AuditArea, actions: FilterAction[]][] {
  const areas = new Map<AuditArea, FilterAction[]>();
  for (const action of [...AUDIT_ACTIONS, ...SETTINGS_AUDIT_FAMILIES]) {
    const area = action.slice(0, action.indexOf('.')) as AuditArea;
    areas.set(area, [...(areas.get(area) ?? []), action]);
  }
  return [...areas];
}

/** The hub's list input for a choice; days are the clinic's days, in its own time zone. */
export function listInputOf(choice: AuditFilterChoice, timeZone: string): AuditListInput {
  const input: AuditListInput = {};
  if (choice.actorUserId) input.actorUserId = choice.actorUserId;
  if (choice.patient) input.patientId = choice.patient.id;
  if ((SETTINGS_AUDIT_FAMILIES as readonly string[]).includes(choice.action)) input.action = `${choice.action}.`;
  else if (choice.action) input.actions = [choice.action];
  if (choice.from) input.from = clinicInstant(choice.from, '00:00', timeZone).toISOString();
  if (choice.to) input.to = clinicInstant(addDays(choice.to, 1), '00:00', timeZone).toISOString();
  return input;
}
