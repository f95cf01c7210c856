import { moduleKey } from '../../api/core/module';
import type { RoomsService } from './rooms-service';

export interface RoomsServices {
  rooms: RoomsService;
}

export const roomsKey = moduleKey<RoomsServices>('rooms');
