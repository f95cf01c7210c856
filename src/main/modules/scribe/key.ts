import { moduleKey } from '../../api/core/module';
import type { ScribeRetention } from './retention';
import type { ScribeService } from './scribe-service';
import type { ScribeTranscription } from './transcription';

export interface ScribeServices {
  scribe: ScribeService;
  transcription: ScribeTranscription;
  retention: ScribeRetention;
}

export const scribeKey = moduleKey<ScribeServices>('scribe');
