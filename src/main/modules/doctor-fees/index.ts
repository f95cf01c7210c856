import { defineModule } from '../../api/core/module';
import { billingKey } from '../billing';
import { consultationKey } from '../consultation';
import { usersKey } from '../users';
import { DoctorFeesService } from './doctor-fees-service';
import { DoctorFeeRuleEntity } from './entities';
import { doctorFeesKey } from './key';
import { doctorFeesRouter } from './router';

export { doctorFeesKey, type DoctorFeesServices } from './key';

/** Doctors' fees: a rule per doctor (fixed per visit, a share by item kind) and the statement for a period. */
export const doctorFeesModule = defineModule({
  key: doctorFeesKey,
  needs: { users: usersKey, consultation: consultationKey, billing: billingKey },
  entities: [DoctorFeeRuleEntity],
  build: ({ users, consultation, billing }) => ({ doctorFees: new DoctorFeesService(users.users, consultation.encounters, billing.issuedLines) }),
  routes: { doctorFees: doctorFeesRouter },
});
