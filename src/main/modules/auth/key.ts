import { moduleKey } from '../../api/core/module';
import type { AuthService } from './auth-service';
import type { SourceThrottle } from './source-throttle';

export interface AuthServices {
  auth: AuthService;
  /** Slows down password and PIN guessing by source, never locking an account. */
  signInThrottle: SourceThrottle;
  /** The same for recovery codes, kept apart so that guessing passwords never blocks an admin's way in. */
  recoveryThrottle: SourceThrottle;
}

export const authKey = moduleKey<AuthServices>('auth');
