import type { LongTermMedication, MedicationStatus } from '../../../shared/schemas/chart';
import type { FhirQuantity, FhirResource } from '../../../shared/schemas/fhir';
import { FREQUENCIES, TIMINGS, type DoseUnit } from '../../../shared/schemas/medicines';
import type { PrescriptionLine } from '../../../shared/schemas/prescriptions';
import { UCUM, named, present, referenceTo } from './fhir-references';

/** Amounts of drug have UCUM codes; a count of tablets or puffs is a unit name only. */
const DOSE_UCUM: Partial<Record<DoseUnit, string>> = { mg: 'mg', g: 'g', mcg: 'ug', IU: '[iU]', ml: 'mL' };

function doseQuantity(value: number, unit: DoseUnit): FhirQuantity {
  const code = DOSE_UCUM[unit];
  return code ? { value, unit, system: UCUM, code } : { value, unit };
}

/** The frequency preset as a FHIR timing: administrations per day (or a week), one dose for stat. */
function timingOf(line: PrescriptionLine): Record<string, unknown> {
  const preset = FREQUENCIES[line.frequency];
  const code = { text: line.frequency };
  if ('once' in preset) return { code, repeat: { count: 1 } };
  if (preset.perDay === null) return { code };
  const bounds = line.durationDays ? { boundsDuration: { value: line.durationDays, unit: 'd', system: UCUM, code: 'd' } } : {};
  const perWeek = line.frequency === 'weekly';
  return { code, repeat: { ...bounds, frequency: perWeek ? 1 : preset.perDay, period: 1, periodUnit: perWeek ? 'wk' : 'd' } };
}

/**
 * One MedicationRequest per line of a visit's prescription. A cancelled line says so; a line of a
 * finished visit is completed (handed over or prescribed out); an override of a safety warning
 * travels as a note with its reason.
 */
export function prescriptionRequest(line: PrescriptionLine, patientId: string, visitFinished: boolean): FhirResource {
  const preset = FREQUENCIES[line.frequency];
  const words = [`${line.doseValue} ${line.doseUnit}`, preset.en, line.durationDays ? `for ${line.durationDays} days` : '', TIMINGS[line.timing].en, line.instructions].filter(Boolean).join(', ');
  return present({
    resourceType: 'MedicationRequest',
    id: line.id,
    status: line.status === 'cancelled' ? 'cancelled' : visitFinished ? 'completed' : 'active',
    statusReason: line.cancelReason ? { text: line.cancelReason } : undefined,
    intent: 'order',
    medicationCodeableConcept: { text: line.medicineLabel },
    subject: referenceTo(patientId),
    encounter: referenceTo(line.visitId),
    authoredOn: line.createdAt,
    requester: named(line.prescribedByName),
    note: line.overrideReason ? [{ text: `Safety warning overridden: ${line.overrideReason}` }] : undefined,
    dosageInstruction: [
      present({
        text: words,
        timing: timingOf(line),
        asNeededBoolean: preset.perDay === null ? true : undefined,
        route: { text: line.route },
        doseAndRate: [{ doseQuantity: doseQuantity(line.doseValue, line.doseUnit) }],
      }),
    ],
    dispenseRequest: { quantity: { value: line.quantity, unit: line.quantityUnit } },
  });
}

const STATEMENT_STATUS: Record<MedicationStatus, string> = { current: 'active', stopped: 'stopped', entered_in_error: 'entered-in-error' };

/** A long-term medication on the chart: what the patient takes, as told and written down, since when. */
export function longTermMedicationStatement(medication: LongTermMedication, patientId: string): FhirResource {
  const dosage = [medication.dose, medication.frequency].filter((part) => part.trim() !== '').join(' ');
  const effective = present({ start: medication.since ?? undefined, end: medication.stoppedOn ?? undefined });
  return present({
    resourceType: 'MedicationStatement',
    id: medication.id,
    status: STATEMENT_STATUS[medication.status],
    statusReason: medication.stopReason ? [{ text: medication.stopReason }] : undefined,
    medicationCodeableConcept: { text: medication.medicineName },
    subject: referenceTo(patientId),
    effectivePeriod: Object.keys(effective).length > 0 ? effective : undefined,
    dateAsserted: medication.createdAt,
    informationSource: named(medication.createdByName),
    note: medication.notes ? [{ text: medication.notes }] : undefined,
    dosage: dosage ? [{ text: dosage }] : undefined,
  });
}
