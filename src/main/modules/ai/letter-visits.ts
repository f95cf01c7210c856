import { EMPTY_NOTE } from '../../../shared/schemas/consultation';
import { auditPatientRead } from '../../audit/patient-reads';
import type { LetterRequest } from '../../ai/features/letters/visit-facts';
import { readOncInteractionPairs } from '../../prescribing';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ConsultationServices } from '../consultation';
import type { MedicinesService } from '../medicines';
import type { PatientDirectory } from '../patients';
import type { PrescriptionsService } from '../prescriptions';
import type { VitalsService } from '../vitals';

/**
 * What a letter is drafted from, read through the modules that hold it: the visit's complaint and
 * note with its diagnoses (consultation), the latest vital signs, the prescription, the patient's
 * allergies; and the medicine names a check of the model's answer knows (the clinic's list and the
 * bundled interaction list's). Audited as a read of the patient's chart, as the screens' reads are.
 */
export class LetterVisits {
  private bundledNames: string[] | undefined;

  constructor(
    private readonly encounters: ConsultationServices['encounters'],
    private readonly vitals: VitalsService,
    private readonly prescriptions: PrescriptionsService,
    private readonly patients: PatientDirectory,
    private readonly medicines: MedicinesService,
  ) {}

  async requestFor(uow: UnitOfWork, visitId: string): Promise<LetterRequest> {
    const { visit, encounter } = await this.encounters.forVisit(uow, visitId);
    const [{ recordings }, { lines }, { allergies }, clinicMedicines] = await Promise.all([
      this.vitals.forVisit(uow, visit.id),
      this.prescriptions.forVisit(uow, visit.id),
      this.patients.clinicalFacts(uow, visit.patientId),
      this.medicines.list(uow, true),
    ]);
    await auditPatientRead(uow, 'chart', visit.patientId);
    return {
      patientId: visit.patientId,
      facts: {
        complaint: visit.chiefComplaint,
        note: encounter?.note ?? EMPTY_NOTE,
        diagnoses: encounter?.diagnoses ?? [],
        vitals: recordings[0] ?? null,
        prescriptions: lines,
        allergies,
      },
      medicineNames: [...clinicMedicines.flatMap((medicine) => [medicine.generic, medicine.brand ?? '']), ...this.bundled()].filter(Boolean),
    };
  }

  private bundled(): string[] {
    this.bundledNames ??= [...new Set(readOncInteractionPairs().flatMap((pair) => [...pair.a.drugs, ...pair.b.drugs]))];
    return this.bundledNames;
  }
}
