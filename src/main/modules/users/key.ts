import { moduleKey } from '../../api/core/module';
import type { UsersService } from './users-service';

export interface UsersServices {
  users: UsersService;
}

export const usersKey = moduleKey<UsersServices>('users');
