import { defineModule } from '../../api/core/module';
import { usersKey } from '../users';
import { AuthService } from './auth-service';
import { authKey } from './key';
import { authRouter } from './router';
import { SourceThrottle } from './source-throttle';

export { authKey, type AuthServices } from './key';

/** Who someone is: sign-in, the locked screen, passwords and PINs, the admin's recovery-code reset. */
export const authModule = defineModule({
  key: authKey,
  needs: { users: usersKey },
  entities: [],
  build: ({ users }, platform) => ({
    auth: new AuthService(platform.hasher, users.users),
    signInThrottle: new SourceThrottle(() => platform.now().getTime()),
    recoveryThrottle: new SourceThrottle(() => platform.now().getTime()),
  }),
  routes: { auth: authRouter },
});
