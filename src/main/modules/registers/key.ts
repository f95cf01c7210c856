import { moduleKey } from '../../api/core/module';
import type { RegisterPrints } from './register-prints';
import type { RegistersService } from './registers-service';

export interface RegistersServices {
  registers: RegistersService;
  registerPrints: RegisterPrints;
}

export const registersKey = moduleKey<RegistersServices>('registers');
