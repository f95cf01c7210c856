import { MODULES } from '../modules';
import type { AnyModule } from './core/module';
import { t } from './core/trpc';
import { eventsRouter } from './events-router';
import { settingsRouter } from './settings-router';
import type { UnionToIntersection } from './union-to-intersection';

/** The routes every module adds, as one record: each module's `routes` keys are top-level names in the API. */
type RoutesOf<Modules extends readonly AnyModule[]> = UnionToIntersection<Modules[number]['routes']>;

function routesOf<Modules extends readonly AnyModule[]>(modules: Modules): RoutesOf<Modules> {
  const routes: Record<string, unknown> = {};
  for (const module of modules) {
    for (const [name, router] of Object.entries(module.routes)) {
      if (name in routes) throw new Error(`two modules add the route "${name}"`);
      routes[name] = router;
    }
  }
  return routes as RoutesOf<Modules>;
}

export const appRouter = t.router({
  ...routesOf(MODULES),
  settings: settingsRouter,
  events: eventsRouter,
});

/** The whole API's type: the renderer imports this, and only as a type. */
export type AppRouter = typeof appRouter;
