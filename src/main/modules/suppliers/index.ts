import { defineModule } from '../../api/core/module';
import { SupplierEntity } from './entities';
import { suppliersKey } from './key';
import { suppliersRouter } from './router';
import { SuppliersService } from './suppliers-service';

export { suppliersKey, type SuppliersServices } from './key';
export type { SuppliersService } from './suppliers-service';

/** The companies the clinic buys medicines from: contacts, payment terms, lead time. */
export const suppliersModule = defineModule({
  key: suppliersKey,
  needs: {},
  entities: [SupplierEntity],
  build: () => ({ suppliers: new SuppliersService() }),
  routes: { suppliers: suppliersRouter },
});
