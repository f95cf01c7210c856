import { moduleKey } from '../../api/core/module';
import type { DiagnosesService } from './diagnoses-service';

export interface DiagnosesServices {
  diagnoses: DiagnosesService;
}

export const diagnosesKey = moduleKey<DiagnosesServices>('diagnoses');
