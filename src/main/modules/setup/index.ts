import { defineModule, moduleKey } from '../../api/core/module';
import { setupRouter } from './router';

/** First run, recovery with the recovery code, and a backup restored onto a new PC: the hub's own life cycle, reached before anyone signs in. */
export const setupModule = defineModule({
  key: moduleKey<Record<string, never>>('setup'),
  needs: {},
  entities: [],
  build: () => ({}),
  routes: { setup: setupRouter },
});
