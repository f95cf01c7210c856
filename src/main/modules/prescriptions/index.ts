import { defineModule } from '../../api/core/module';
import { readOncInteractionPairs, type InteractionPair } from '../../prescribing';
import { chartKey } from '../chart';
import { clinicKey } from '../clinic';
import { documentsKey } from '../documents';
import { medicinesKey } from '../medicines';
import { patientsKey } from '../patients';
import { queueKey } from '../queue';
import { usersKey } from '../users';
import { vitalsKey } from '../vitals';
import { PrescriptionIssuedEntity, PrescriptionLineEntity } from './entities';
import { prescriptionsKey } from './key';
import { PRESCRIPTION_PATIENT_RECORDS } from './patient-records';
import { PrescriptionPrints } from './prescription-prints';
import { PrescriptionsService } from './prescriptions-service';
import { prescriptionsRouter } from './router';

export { prescriptionsKey, type PrescriptionsServices } from './key';
export type { PrescriptionsService } from './prescriptions-service';
export type { PrescriptionPrints } from './prescription-prints';
export { labelEscPos, labelFor, medicineLabelsPdf, type MedicineLabel } from './medicine-label';

/** Prescriptions written in the doctor's room, checked for allergies, duplicates, interactions and children's doses. */
export const prescriptionsModule = defineModule({
  key: prescriptionsKey,
  needs: { queue: queueKey, patients: patientsKey, medicines: medicinesKey, chart: chartKey, users: usersKey, vitals: vitalsKey, documents: documentsKey, clinic: clinicKey },
  entities: [PrescriptionLineEntity, PrescriptionIssuedEntity],
  patientRecords: PRESCRIPTION_PATIENT_RECORDS,
  build: ({ queue, patients, medicines, chart, users, vitals, documents, clinic }) => {
    let published: InteractionPair[] | undefined;
    return {
      prescriptions: new PrescriptionsService(queue.visits, patients.directory, medicines.medicines, medicines.interactionPairs, chart.chart, users.users, vitals.vitals, () => (published ??= readOncInteractionPairs())),
      prescriptionPrints: new PrescriptionPrints(documents.documents, queue.visits, patients.directory, users.users, clinic.clinic),
    };
  },
  routes: { prescriptions: prescriptionsRouter },
  listeners: ({ prescriptions }) => ({
    'visit.finished': (uow, event) => prescriptions.issue(uow, event.visitId),
  }),
});

