import { defineModule, moduleKey } from '../../api/core/module';
import { auditRouter } from './router';

/** The audit log's screens: the list, a check of the chain, the health every admin screen shows. The log itself is the platform's (src/main/audit). */
export const auditModule = defineModule({
  key: moduleKey<Record<string, never>>('audit'),
  needs: {},
  entities: [],
  build: () => ({}),
  routes: { audit: auditRouter },
});
