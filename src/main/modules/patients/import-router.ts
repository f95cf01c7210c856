import { importBeginInputSchema, importChunkInputSchema, importIdInputSchema } from '../../../shared/schemas/patient-import';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { patientsKey } from './key';

const { write } = moduleProcedures(patientsKey);

/** The CSV import procedures, merged into the patients router (`patients.importBegin` …). */
export const patientImportRouter = t.router({
  importBegin: write('patients.import')
    .input(importBeginInputSchema)
    .mutation(({ ctx, input }) => ctx.services.importer.begin(ctx.uow, input)),

  importChunk: write('patients.import')
    .input(importChunkInputSchema)
    .mutation(({ ctx, input }) => ctx.services.importer.chunk(ctx.uow, input.importId, input.text)),

  importPreview: write('patients.import')
    .input(importIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.importer.preview(ctx.uow, input.importId)),

  importCommit: write('patients.import')
    .input(importIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.importer.commit(ctx.uow, input.importId)),
});
