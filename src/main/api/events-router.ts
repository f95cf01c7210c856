import { signedInProcedure, untilSessionEnds } from './procedures';
import { t } from './trpc';

/** Live updates: which kinds of record changed, so open screens refetch them; they end with the session. */
export const eventsRouter = t.router({
  changed: signedInProcedure.subscription(({ ctx, signal }) => ctx.hub.events.stream('changed', untilSessionEnds(ctx.session, signal))),
});
