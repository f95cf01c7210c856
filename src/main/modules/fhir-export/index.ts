import { defineModule } from '../../api/core/module';
import { chartKey } from '../chart';
import { consultationKey } from '../consultation';
import { documentsKey } from '../documents';
import { patientsKey } from '../patients';
import { prescriptionsKey } from '../prescriptions';
import { queueKey } from '../queue';
import { vitalsKey } from '../vitals';
import { FhirExportService } from './fhir-export-service';
import { fhirExportKey } from './key';
import { fhirExportRouter } from './router';

export { fhirExportKey, type FhirExportServices } from './key';

/** Data portability: one patient's whole record as an HL7 FHIR R4 Bundle. It keeps no tables; it asks each module for its part. */
export const fhirExportModule = defineModule({
  key: fhirExportKey,
  needs: { patients: patientsKey, queue: queueKey, consultation: consultationKey, vitals: vitalsKey, prescriptions: prescriptionsKey, chart: chartKey, documents: documentsKey },
  entities: [],
  build: ({ patients, queue, consultation, vitals, prescriptions, chart, documents }) => ({
    fhirExport: new FhirExportService({
      patients: patients.patients,
      directory: patients.directory,
      visits: queue.visits,
      timeline: consultation.timeline,
      vitals: vitals.vitals,
      prescriptions: prescriptions.prescriptions,
      chart: chart.chart,
      documents: documents.documents,
    }),
  }),
  routes: { fhirExport: fhirExportRouter },
});
