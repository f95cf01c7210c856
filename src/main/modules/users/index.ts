import { defineModule } from '../../api/core/module';
import { RoleEntity, UserEntity, UserRoleEntity } from './entities';
import { usersKey } from './key';
import { rolesRouter, usersRouter } from './router';
import { UsersService } from './users-service';

export { usersKey, type UsersServices } from './key';
export type { UserRecord } from './entities';
export type { UsersService, NewUser } from './users-service';

/** Staff accounts and their roles. The first admin is made by the set-up wizard, with the roles. */
export const usersModule = defineModule({
  key: usersKey,
  needs: {},
  entities: [UserEntity, RoleEntity, UserRoleEntity],
  build: (_needs, platform) => ({ users: new UsersService(platform.hasher) }),
  routes: { users: usersRouter, roles: rolesRouter },
});
