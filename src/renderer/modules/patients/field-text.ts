import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PanelMembership } from '../../../shared/schemas/panels';
import type { Patient } from '../../../shared/schemas/patients';
import { useTRPC } from '../../api/client';
import { calendarDay, type ClinicDates } from '../../format/clinic-dates';
import { useClinicDates } from '../../format/use-clinic-clock';
import { statementText } from './allergy-state';
import type { RecordField } from './version-changes';

/** The fields that hold a list; each entry is shown, and compared, on its own. */
export const LIST_FIELDS: ReadonlySet<RecordField> = new Set<RecordField>(['phones', 'panels', 'allergies', 'chronicConditions', 'alerts']);

/** What turning stored values into words needs: the language, the clinic's dates, and the names of the clinic's panels. */
export interface FieldWords {
  t: TFunction;
  dates: ClinicDates;
  /** The screen's language, for dates: `5 Dec 1990`, never `1990-12-05`. */
  language: string;
  panelName: (panelId: string) => string;
}

export function useFieldWords(): FieldWords {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const dates = useClinicDates();
  const panels = useQuery(trpc.panels.list.queryOptions());
  const names = new Map((panels.data ?? []).map((panel) => [panel.id, panel.name]));
  return { t, dates, language: i18n.language, panelName: (panelId) => names.get(panelId) ?? t('patientRecord.panels.unknown') };
}

function membershipLine(membership: PanelMembership, { t, language, panelName }: FieldWords): string {
  const day = (date: string | null): string | null => (date ? calendarDay(date, language, 'none') : null);
  const [from, to] = [day(membership.validFrom), day(membership.validTo)];
  const validity = from && to ? t('patientRecord.panels.validBetween', { from, to }) : from ? t('patientRecord.panels.validFrom', { from }) : to ? t('patientRecord.panels.validTo', { to }) : null;
  const who = membership.relationship === 'self' ? null : t(`patientRecord.panels.relationships.${membership.relationship}`);
  return [panelName(membership.panelId), membership.memberNo, who, validity].filter(Boolean).join(' · ');
}

/**
 * A field of a record as the desk reads it, in the user's language: one line per list entry,
 * one line for any other value, no line for an empty one.
 */
export function fieldLines(field: RecordField, patient: Patient, words: FieldWords): string[] {
  const { t } = words;
  switch (field) {
    case 'identityType':
      return [t(`patients.identityTypes.${patient.identityType}`)];
    case 'sex':
      return patient.sex ? [t(`patients.sexes.${patient.sex}`)] : [];
    case 'emergencyContact': {
      const contact = patient.emergencyContact;
      if (!contact) return [];
      return [`${contact.name}${contact.relationship ? ` (${contact.relationship})` : ''}, ${contact.phone}`];
    }
    case 'panels':
      return patient.panels.map((membership) => membershipLine(membership, words));
    case 'allergies':
      return patient.allergies.map(
        (allergy) => `${allergy.allergen} (${t(`patients.severities.${allergy.severity}`)})${allergy.reaction ? `: ${allergy.reaction}` : ''}`,
      );
    case 'noKnownAllergiesRecorded':
      return patient.noKnownAllergiesRecorded ? [statementText(t, words.dates, patient.noKnownAllergiesRecorded)] : [];
    case 'dateOfBirth':
      return patient.dateOfBirth ? [calendarDay(patient.dateOfBirth, words.language, 'none')] : [];
    case 'mergedIntoId':
      return patient.mergedIntoId ? [t('patientRecord.history.merged')] : [];
    case 'phones':
    case 'chronicConditions':
    case 'alerts':
      return patient[field];
    default: {
      const value = patient[field];
      return value ? [value] : [];
    }
  }
}
