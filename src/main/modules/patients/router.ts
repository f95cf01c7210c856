import {
  mergePatientsInputSchema,
  patientIdInputSchema,
  patientSearchInputSchema,
  registerPatientInputSchema,
  updatePatientInputSchema,
} from '../../../shared/schemas/patients';
import { inUnitOfWork, permittedProcedure } from '../../api/procedures';
import { t } from '../../api/trpc';
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
    .query(({ ctx, input }) => ctx.services.patients.search(ctx.uow, input.query)),

  history: permittedProcedure('patients.view')
    .input(patientIdInputSchema)
    .use(inUnitOfWork)
    .query(({ ctx, input }) => ctx.services.patients.history(ctx.uow, input.id)),

  merge: permittedProcedure('patients.merge')
    .input(mergePatientsInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.patients.merge(ctx.uow, input.survivorId, input.mergedId)),
}));
