import { moduleKey } from '../../api/core/module';
import type { ScribeNoteDrafts } from './note-drafts';
import type { ScribeRetention } from './retention';
import type { ScribeService } from './scribe-service';
import type { ScribeTranscription } from './transcription';

export interface ScribeServices {
  scribe: ScribeService;
  transcription: ScribeTranscription;
  retention: ScribeRetention;
  noteDrafts: ScribeNoteDrafts;
}

export const scribeKey = moduleKey<ScribeServices>('scribe');
