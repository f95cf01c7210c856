import { defineModule } from '../../api/core/module';
import { usersKey } from '../users';
import { FeeEntity } from './entities';
import { FeesService } from './fees-service';
import { feesKey } from './key';
import { feesRouter } from './router';
import { STARTER_FEES } from './starter-fees';

export { feesKey, type FeesServices } from './key';
export type { FeesService } from './fees-service';
export { consultationFeeFor } from './consultation-fee';

/** The clinic's fee schedule: consultations, procedures, lab tests and packages, priced for billing. */
export const feesModule = defineModule({
  key: feesKey,
  needs: { users: usersKey },
  entities: [FeeEntity],
  build: ({ users }) => ({ fees: new FeesService(users.users) }),
  routes: { fees: feesRouter },
  seed: async (uow, { fees }) => {
    for (const fee of STARTER_FEES) await fees.save(uow, fee);
  },
});
