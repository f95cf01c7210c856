import type { ArchivedDocument, DocumentPdf, DocumentVerification } from '../../../shared/schemas/documents';
import { cancelDocumentInputSchema, documentIdInputSchema, verifyDocumentInputSchema, visitDocumentsInputSchema } from '../../../shared/schemas/documents';
import { patientIdInputSchema } from '../../../shared/schemas/patients';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { auditPatientRead } from '../../audit/patient-reads';
import { documentFileName, renderDocument } from '../../documents';
import { documentsKey } from './key';

const { read, write, staged } = moduleProcedures(documentsKey);

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

  /** What was issued in one visit (MCs, time slips, letters), cancelled ones too; a part of the chart, so audited as a read of it. */
  forVisit: read('clinical.view')
    .input(visitDocumentsInputSchema)
    .query(async ({ ctx, input }): Promise<ArchivedDocument[]> => {
      const documents = await ctx.services.documents.listForVisit(ctx.uow, input.visitId);
      for (const patientId of new Set(documents.flatMap((document) => (document.patientId ? [document.patientId] : [])))) {
        await auditPatientRead(ctx.uow, 'documents', patientId);
      }
      return documents;
    }),

  /** A document issued in error (wrong dates, wrong patient): it stays on record as cancelled, and a check of it says so. */
  cancel: write('consultation.write')
    .input(cancelDocumentInputSchema)
    .mutation(({ ctx, input }): Promise<ArchivedDocument> => ctx.services.documents.cancel(ctx.uow, input.id, input.reason)),

  /** The same page again, marked as a copy and counted; drawn after its unit of work has committed. */
  reprint: staged('patients.view')
    .input(documentIdInputSchema)
    .mutation(async ({ ctx, input }): Promise<DocumentPdf> => {
      const copy = await ctx.inUnitOfWork((uow) => ctx.services.documents.reprint(uow, input.id));
      return { fileName: documentFileName(copy), pdfBase64: (await renderDocument(copy)).toString('base64') };
    }),

  /** An employer on the phone reads out a serial and its code: valid, cancelled or unknown, when, and an MC's leave; nothing more. */
  verify: read('patients.view')
    .input(verifyDocumentInputSchema)
    .query(({ ctx, input }): Promise<DocumentVerification> => ctx.services.documents.verify(ctx.uow, input.serial, input.code)),
});
