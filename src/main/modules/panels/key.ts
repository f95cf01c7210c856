import { moduleKey } from '../../api/core/module';
import type { PanelsService } from './panels-service';

export interface PanelsServices {
  panels: PanelsService;
}

export const panelsKey = moduleKey<PanelsServices>('panels');
