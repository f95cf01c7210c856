import type { IssuedVisitDocument } from '../../../shared/schemas/visit-documents';
import { issueMedicalCertificateInputSchema, issueQuarantineSlipInputSchema, issueReferralLetterInputSchema, issueTimeSlipInputSchema } from '../../../shared/schemas/visit-documents';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { documentFileName, renderDocument, type PrintableDocument } from '../../documents';
import { visitDocumentsKey } from './key';

const { staged } = moduleProcedures(visitDocumentsKey);

/** Issued in one unit of work; the PDF is drawn after it commits, so drawing never holds the store. */
async function asPdf(printable: PrintableDocument): Promise<IssuedVisitDocument> {
  return { id: printable.id, serial: printable.serial, fileName: documentFileName(printable), pdfBase64: (await renderDocument(printable)).toString('base64') };
}

/** What the doctor issues from the consultation: MC, time slip, referral letter, quarantine slip (the archive's procedures are `documents.*`). */
export const visitDocumentsRouter = t.router({
  issueMedicalCertificate: staged('consultation.write')
    .input(issueMedicalCertificateInputSchema)
    .mutation(async ({ ctx, input }) => asPdf(await ctx.inUnitOfWork((uow) => ctx.services.visitDocuments.issueMedicalCertificate(uow, input)))),

  issueTimeSlip: staged('consultation.write')
    .input(issueTimeSlipInputSchema)
    .mutation(async ({ ctx, input }) => asPdf(await ctx.inUnitOfWork((uow) => ctx.services.visitDocuments.issueTimeSlip(uow, input)))),

  issueReferralLetter: staged('consultation.write')
    .input(issueReferralLetterInputSchema)
    .mutation(async ({ ctx, input }) => asPdf(await ctx.inUnitOfWork((uow) => ctx.services.visitDocuments.issueReferralLetter(uow, input)))),

  issueQuarantineSlip: staged('consultation.write')
    .input(issueQuarantineSlipInputSchema)
    .mutation(async ({ ctx, input }) => asPdf(await ctx.inUnitOfWork((uow) => ctx.services.visitDocuments.issueQuarantineSlip(uow, input)))),
});
