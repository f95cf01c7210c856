import {
  mergePatientsInputSchema,
  patientIdInputSchema,
  patientSearchInputSchema,
  registerPatientInputSchema,
  setPatientPhotoInputSchema,
  updatePatientInputSchema,
} from '../../../shared/schemas/patients';
import { inUnitOfWork, permittedProcedure } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { auditPatientRead, auditPatientSearch } from '../../audit/patient-reads';
import { patientImportRouter } from './import-router';

export const patientsRouter = t.mergeRouters(patientImportRouter, t.router({
  register: permittedProcedure('patients.manage')
    .input(registerPatientInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.patients.register(ctx.uow, input)),

  update: permittedProcedure('patients.manage')
    .input(updatePatientInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.patients.update(ctx.uow, input)),

  get: permittedProcedure('patients.view')
    .input(patientIdInputSchema)
    .use(inUnitOfWork)
    .query(({ ctx, input }) => ctx.services.patients.get(ctx.uow, input.id)),

  search: permittedProcedure('patients.view')
    .input(patientSearchInputSchema)
    .use(inUnitOfWork)
    .query(async ({ ctx, input }) => {
      const found = await ctx.services.patients.search(ctx.uow, input.query);
      await auditPatientSearch(ctx.uow, found);
      return found;
    }),

  photo: permittedProcedure('patients.view')
    .input(patientIdInputSchema)
    .use(inUnitOfWork)
    .query(async ({ ctx, input }) => {
      const photo = await ctx.services.patientPhotos.get(ctx.uow, input.id);
      await auditPatientRead(ctx.uow, 'photo', input.id);
      return photo;
    }),

  setPhoto: permittedProcedure('patients.manage')
    .input(setPatientPhotoInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.patientPhotos.set(ctx.uow, input)),

  removePhoto: permittedProcedure('patients.manage')
    .input(patientIdInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.patientPhotos.remove(ctx.uow, input.id)),

  history: permittedProcedure('patients.view')
    .input(patientIdInputSchema)
    .use(inUnitOfWork)
    .query(async ({ ctx, input }) => {
      const versions = await ctx.services.patients.history(ctx.uow, input.id);
      await auditPatientRead(ctx.uow, 'history', input.id);
      return versions;
    }),

  merge: permittedProcedure('patients.merge')
    .input(mergePatientsInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.patients.merge(ctx.uow, input.survivorId, input.mergedId)),
}));
