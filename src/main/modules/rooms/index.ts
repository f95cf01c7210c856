import { defineModule } from '../../api/core/module';
import { RoomEntity } from './entities';
import { roomsKey } from './key';
import { roomsRouter } from './router';
import { RoomsService } from './rooms-service';

export { roomsKey, type RoomsServices } from './key';
export type { RoomsService } from './rooms-service';

/** The clinic's consultation rooms and stations: codes, ticket prefixes, capacity, clean-up time. */
export const roomsModule = defineModule({
  key: roomsKey,
  needs: {},
  entities: [RoomEntity],
  build: () => ({ rooms: new RoomsService() }),
  routes: { rooms: roomsRouter },
});
