import { appointmentsRouter } from '../modules/appointments/router';
import { auditRouter } from '../modules/audit/router';
import { authRouter } from '../modules/auth/router';
import { backupRouter } from '../modules/backup/router';
import { clinicRouter } from '../modules/clinic/router';
import { panelsRouter } from '../modules/panels/router';
import { patientsRouter } from '../modules/patients/router';
import { displayRouter } from '../modules/queue/display-router';
import { queueRouter } from '../modules/queue/router';
import { setupRouter } from '../modules/setup/router';
import { rolesRouter, usersRouter } from '../modules/users/router';
import { eventsRouter } from './events-router';
import { t } from './core/trpc';

export const appRouter = t.router({
  setup: setupRouter,
  auth: authRouter,
  users: usersRouter,
  roles: rolesRouter,
  clinic: clinicRouter,
  audit: auditRouter,
  backup: backupRouter,
  patients: patientsRouter,
  panels: panelsRouter,
  queue: queueRouter,
  appointments: appointmentsRouter,
  display: displayRouter,
  events: eventsRouter,
});

/** The whole API's type: the renderer imports this, and only as a type. */
export type AppRouter = typeof appRouter;
