import { defineModule } from '../../api/core/module';
import { PanelEntity } from './entities';
import { panelsKey } from './key';
import { PanelsService } from './panels-service';
import { panelsRouter } from './router';

export { panelsKey, type PanelsServices } from './key';
export type { PanelsService } from './panels-service';

/** The companies, insurers, schemes and TPAs whose member cards the front desk records. */
export const panelsModule = defineModule({
  key: panelsKey,
  needs: {},
  entities: [PanelEntity],
  build: () => ({ panels: new PanelsService() }),
  routes: { panels: panelsRouter },
});
