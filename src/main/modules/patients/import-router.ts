import { importBeginInputSchema, importChunkInputSchema, importIdInputSchema } from '../../../shared/schemas/patient-import';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { patientsKey } from './key';

const { write, staged, session } = moduleProcedures(patientsKey);

/**
 * The CSV import procedures, merged into the patients router (`patients.importBegin` …). Those
 * that go through the whole file are `staged`: many short units of work, so the rest of the
 * clinic is served between them.
 */
export const patientImportRouter = t.router({
  importBegin: staged('patients.import')
    .input(importBeginInputSchema)
    .mutation(({ ctx, input }) => ctx.services.importer.begin(ctx.inUnitOfWork, ctx.session.userId, input)),

  importChunk: write('patients.import')
    .input(importChunkInputSchema)
    .mutation(({ ctx, input }) => ctx.services.importer.chunk(ctx.uow, ctx.session.userId, input.importId, input.text)),

  importPreview: staged('patients.import')
    .input(importIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.importer.preview(ctx.inUnitOfWork, ctx.session.userId, input.importId)),

  importCommit: staged('patients.import')
    .input(importIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.importer.commit(ctx.inUnitOfWork, ctx.session.userId, input.importId)),

  /** How far a commit has got, from the hub's memory: asked every half second while it runs. */
  importProgress: session('patients.import')
    .input(importIdInputSchema)
    .query(({ ctx, input }) => ctx.services.importer.progress(ctx.session.userId, input.importId)),

  importCancel: staged('patients.import')
    .input(importIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.importer.cancel(ctx.inUnitOfWork, ctx.session.userId, input.importId)),
});
