import { importBeginInputSchema, importChunkInputSchema, importIdInputSchema } from '../../../shared/schemas/patient-import';
import { inUnitOfWork, permittedProcedure } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';

/** The CSV import procedures, merged into the patients router (`patients.importBegin` …). */
export const patientImportRouter = t.router({
  importBegin: permittedProcedure('patients.import')
    .input(importBeginInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.patientImport.begin(ctx.uow, input)),

  importChunk: permittedProcedure('patients.import')
    .input(importChunkInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.patientImport.chunk(ctx.uow, input.importId, input.text)),

  importPreview: permittedProcedure('patients.import')
    .input(importIdInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.patientImport.preview(ctx.uow, input.importId)),

  importCommit: permittedProcedure('patients.import')
    .input(importIdInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.patientImport.commit(ctx.uow, input.importId)),
});
