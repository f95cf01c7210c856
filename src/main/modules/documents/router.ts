import type { ArchivedDocument, DocumentPdf, DocumentVerification } from '../../../shared/schemas/documents';
import { documentIdInputSchema, verifyDocumentInputSchema } from '../../../shared/schemas/documents';
import { patientIdInputSchema } from '../../../shared/schemas/patients';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { auditPatientRead } from '../../audit/patient-reads';
import { documentFileName, renderDocument } from '../../documents';
import { documentsKey } from './key';

const { read, staged } = moduleProcedures(documentsKey);

/** The archive of issued pages (MCs, letters, prescriptions…): the modules that issue them add their own procedures. */
export const documentsRouter = t.router({
  /** A patient's documents, newest first; part of the chart, so audited as a read of it. */
  forPatient: read('patients.view')
    .input(patientIdInputSchema)
    .query(async ({ ctx, input }): Promise<ArchivedDocument[]> => {
      const documents = await ctx.services.documents.listForPatient(ctx.uow, input.id);
      await auditPatientRead(ctx.uow, 'documents', input.id);
      return documents;
    }),

  /** The same page again, marked as a copy and counted; drawn after its unit of work has committed. */
  reprint: staged('patients.view')
    .input(documentIdInputSchema)
    .mutation(async ({ ctx, input }): Promise<DocumentPdf> => {
      const copy = await ctx.inUnitOfWork((uow) => ctx.services.documents.reprint(uow, input.id));
      return { fileName: documentFileName(copy), pdfBase64: (await renderDocument(copy)).toString('base64') };
    }),

  /** An employer on the phone reads out a serial and its code: real or not, and when, nothing more. */
  verify: read('patients.view')
    .input(verifyDocumentInputSchema)
    .query(({ ctx, input }): Promise<DocumentVerification | null> => ctx.services.documents.verify(ctx.uow, input.serial, input.code)),
});
