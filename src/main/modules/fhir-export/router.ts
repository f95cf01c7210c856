import { fhirExportInputSchema, type FhirBundle } from '../../../shared/schemas/fhir';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { auditPatientRead } from '../../audit/patient-reads';
import { fhirExportKey } from './key';

const { read } = moduleProcedures(fhirExportKey);

export const fhirExportRouter = t.router({
  /**
   * The whole record as a FHIR R4 Bundle. Audited as a read of the chart, and with a row of its
   * own: an export is a copy of everything leaving the clinic's hands, which the person answering
   * for the clinic's personal data must be able to find apart from the chart merely being opened.
   */
  patient: read('clinical.view')
    .input(fhirExportInputSchema)
    .query(async ({ ctx, input }): Promise<FhirBundle> => {
      const bundle = await ctx.services.fhirExport.patientBundle(ctx.uow, input.patientId);
      await auditPatientRead(ctx.uow, 'chart', input.patientId);
      await ctx.uow.auditRead({ action: 'patient.export', entity: 'patient', entityId: input.patientId, after: { format: 'FHIR R4', resources: bundle.entry.length } });
      return bundle;
    }),
});
