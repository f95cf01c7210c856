import { defineModule } from '../../api/core/module';
import { DiagnosesService } from './diagnoses-service';
import { FavouriteDiagnosisEntity, RecentDiagnosisEntity } from './entities';
import { diagnosesKey } from './key';
import { diagnosesRouter } from './router';

export { diagnosesKey, type DiagnosesServices } from './key';
export type { DiagnosesService } from './diagnoses-service';

/** ICD-10-CM diagnoses: the bundled list searched by code or words, each doctor's favourite and recent codes. */
export const diagnosesModule = defineModule({
  key: diagnosesKey,
  needs: {},
  entities: [FavouriteDiagnosisEntity, RecentDiagnosisEntity],
  build: () => ({ diagnoses: new DiagnosesService() }),
  routes: { diagnoses: diagnosesRouter },
});
