import {
  mergePatientsInputSchema,
  patientIdInputSchema,
  patientSearchInputSchema,
  registerPatientInputSchema,
  setPatientPhotoInputSchema,
  updatePatientInputSchema,
} from '../../../shared/schemas/patients';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { auditPatientRead, auditPatientSearch } from '../../audit/patient-reads';
import { patientImportRouter } from './import-router';
import { patientsKey } from './key';

const { read, write } = moduleProcedures(patientsKey);

export const patientsRouter = t.mergeRouters(patientImportRouter, t.router({
  register: write('patients.manage')
    .input(registerPatientInputSchema)
    .mutation(({ ctx, input }) => ctx.services.patients.register(ctx.uow, input)),

  update: write('patients.manage')
    .input(updatePatientInputSchema)
    .mutation(({ ctx, input }) => ctx.services.patients.update(ctx.uow, input)),

  get: read('patients.view')
    .input(patientIdInputSchema)
    .query(({ ctx, input }) => ctx.services.patients.get(ctx.uow, input.id)),

  search: read('patients.view')
    .input(patientSearchInputSchema)
    .query(async ({ ctx, input }) => {
      const found = await ctx.services.patients.search(ctx.uow, input.query);
      await auditPatientSearch(ctx.uow, found);
      return found;
    }),

  photo: read('patients.view')
    .input(patientIdInputSchema)
    .query(async ({ ctx, input }) => {
      const photo = await ctx.services.photos.get(ctx.uow, input.id);
      await auditPatientRead(ctx.uow, 'photo', input.id);
      return photo;
    }),

  setPhoto: write('patients.manage')
    .input(setPatientPhotoInputSchema)
    .mutation(({ ctx, input }) => ctx.services.photos.set(ctx.uow, input)),

  removePhoto: write('patients.manage')
    .input(patientIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.photos.remove(ctx.uow, input.id)),

  history: read('patients.view')
    .input(patientIdInputSchema)
    .query(async ({ ctx, input }) => {
      const versions = await ctx.services.patients.history(ctx.uow, input.id);
      await auditPatientRead(ctx.uow, 'history', input.id);
      return versions;
    }),

  merge: write('patients.merge')
    .input(mergePatientsInputSchema)
    .mutation(({ ctx, input }) => ctx.services.patients.merge(ctx.uow, input.survivorId, input.mergedId)),
}));
