import { moduleKey } from '../../api/core/module';
import type { DoctorFeesService } from './doctor-fees-service';

export interface DoctorFeesServices {
  doctorFees: DoctorFeesService;
}

export const doctorFeesKey = moduleKey<DoctorFeesServices>('doctorFees');
