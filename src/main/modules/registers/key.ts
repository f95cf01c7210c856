import { moduleKey } from '../../api/core/module';
import type { DangerousDrugs } from './dangerous-drugs';
import type { RegisterPrints } from './register-prints';
import type { RegistersService } from './registers-service';

export interface RegistersServices {
  registers: RegistersService;
  registerPrints: RegisterPrints;
  dangerousDrugs: DangerousDrugs;
}

export const registersKey = moduleKey<RegistersServices>('registers');
