import { moduleKey } from '../../api/core/module';
import type { EncounterService } from './encounter-service';
import type { TemplatesService } from './templates-service';
import type { Timeline } from './timeline';

export interface ConsultationServices {
  encounters: EncounterService;
  templates: TemplatesService;
  timeline: Timeline;
}

export const consultationKey = moduleKey<ConsultationServices>('consultation');
