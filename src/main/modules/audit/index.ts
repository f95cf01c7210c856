import { defineModule } from '../../api/core/module';
import { patientsKey } from '../patients';
import { usersKey } from '../users';
import { AuditTrail } from './audit-trail';
import { auditKey } from './key';
import { auditRouter } from './router';

export { auditKey, type AuditServices } from './key';

/**
 * The audit log's screens: the list in words, a check of the chain, the health every admin screen
 * shows. The log itself is the platform's (src/main/audit); whose a record is, the module that owns
 * it says (`patientRecords` on its definition).
 */
export const auditModule = defineModule({
  key: auditKey,
  needs: { patients: patientsKey, users: usersKey },
  entities: [],
  build: ({ patients, users }, platform) => ({ trail: new AuditTrail(patients.directory, users.users, platform.patientRecords) }),
  routes: { audit: auditRouter },
});
