import { permittedProcedure, untilSessionEnds } from './core/procedures';
import { t } from './core/trpc';

/** Live updates: which kinds of record changed, so open screens refetch them. */
export const eventsRouter = t.router({
  changed: permittedProcedure('signed-in', 'stream').subscription(({ ctx, signal }) => ctx.hub.events.stream('changed', untilSessionEnds(ctx.session, signal))),
});
