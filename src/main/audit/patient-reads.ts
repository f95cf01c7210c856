import { PATIENT_READ_ACTIONS } from '../../shared/schemas/audit';
import type { UnitOfWork } from '../work/unit-of-work';

export type PatientReadKind = Exclude<keyof typeof PATIENT_READ_ACTIONS, 'search'>;

/** Records that one patient's record, or a part of it, was shown to the caller. */
export function auditPatientRead(uow: UnitOfWork, kind: PatientReadKind, patientId: string): Promise<void> {
  return uow.auditRead({ action: PATIENT_READ_ACTIONS[kind], entity: 'patient', entityId: patientId });
}

/**
 * Records which patients a search showed (each with IC, phones, birth date and allergies);
 * not the query, which is itself patient data. A search that showed no one is not recorded.
 */
export async function auditPatientSearch(uow: UnitOfWork, shown: readonly { id: string }[]): Promise<void> {
  if (shown.length === 0) return;
  await uow.auditRead({ action: PATIENT_READ_ACTIONS.search, entity: 'patient', entityId: null, after: { patientIds: shown.map((patient) => patient.id) } });
}
