import { moduleKey } from '../../api/core/module';
import type { UsersService } from '../users';
import type { AppointmentCheckIn } from './appointment-check-in';
import type { AppointmentsService } from './appointments-service';
import type { BlocksService } from './blocks-service';
import type { CalendarService } from './calendar-service';
import type { DoctorDirectory } from './doctor-directory';
import type { ResourcesService } from './resources-service';
import type { SchedulesService } from './schedules-service';
import type { StrandedAppointmentsService } from './stranded-service';
import type { AppointmentTypesService } from './types-service';

export interface AppointmentServices {
  doctors: DoctorDirectory;
  types: AppointmentTypesService;
  resources: ResourcesService;
  schedules: SchedulesService;
  blocks: BlocksService;
  booking: AppointmentsService;
  checkIn: AppointmentCheckIn;
  calendar: CalendarService;
  stranded: StrandedAppointmentsService;
  /** Whose permissions decide how much of a stranded list a caller sees. */
  users: UsersService;
}

export const appointmentsKey = moduleKey<AppointmentServices>('appointments');
