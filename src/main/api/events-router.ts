import { signedInProcedure, untilSessionEnds } from './core/procedures';
import { t } from './core/trpc';

/** Live updates: which kinds of record changed, so open screens refetch them; they end with the session. */
export const eventsRouter = t.router({
  changed: signedInProcedure.subscription(({ ctx, signal }) => ctx.hub.events.stream('changed', untilSessionEnds(ctx.session, signal))),
});
