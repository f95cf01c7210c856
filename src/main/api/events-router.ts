import { signedInProcedure } from './procedures';
import { t } from './trpc';

/** Live updates: which kinds of record changed, so open screens refetch them. */
export const eventsRouter = t.router({
  changed: signedInProcedure.subscription(({ ctx, signal }) => ctx.hub.events.stream('changed', signal)),
});
