import { moduleKey } from '../../api/core/module';
import type { SuppliersService } from './suppliers-service';

export interface SuppliersServices {
  suppliers: SuppliersService;
}

export const suppliersKey = moduleKey<SuppliersServices>('suppliers');
