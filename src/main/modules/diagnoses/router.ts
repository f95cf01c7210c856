import { diagnosisSearchInputSchema, setFavouriteDiagnosisInputSchema } from '../../../shared/schemas/diagnoses';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { diagnosesKey } from './key';

const { read, write } = moduleProcedures(diagnosesKey);

export const diagnosesRouter = t.router({
  // The list itself is public reference data; what a doctor searches it for is clinical, and reception has no use for it.
  search: read('clinical.view')
    .input(diagnosisSearchInputSchema)
    .query(({ ctx, input }) => ctx.services.diagnoses.search(ctx.uow, ctx.session.actor.userId, input)),

  favourites: read('clinical.view').query(({ ctx }) => ctx.services.diagnoses.favourites(ctx.uow, ctx.session.actor.userId)),

  setFavourite: write('consultation.write')
    .input(setFavouriteDiagnosisInputSchema)
    .mutation(({ ctx, input }) => ctx.services.diagnoses.setFavourite(ctx.uow, ctx.session.actor.userId, input)),
});
