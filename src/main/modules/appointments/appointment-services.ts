import type { ClinicService } from '../clinic/clinic-service';
import type { QueueService } from '../queue/queue-service';
import type { RoomsService } from '../queue/rooms-service';
import type { UsersService } from '../users/users-service';
import { AppointmentCheckIn } from './appointment-check-in';
import { AppointmentsService } from './appointments-service';
import { BlocksService } from './blocks-service';
import { CalendarService } from './calendar-service';
import { DayPictureReader } from './day-picture';
import { DoctorDirectory } from './doctor-directory';
import { ResourcesService } from './resources-service';
import { SchedulesService } from './schedules-service';
import { StrandedAppointmentsService } from './stranded-service';
import { AppointmentTypesService } from './types-service';

/** The appointments module's services, as the router reaches them (`ctx.services.appointments`). */
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
}

/** What the module needs from the others, handed over by the hub. */
export interface AppointmentDependencies {
  clinic: ClinicService;
  users: UsersService;
  rooms: RoomsService;
  queue: QueueService;
}

export function buildAppointmentServices({ clinic, users, rooms, queue }: AppointmentDependencies): AppointmentServices {
  const doctors = new DoctorDirectory(users);
  const types = new AppointmentTypesService();
  const resources = new ResourcesService(users);
  const schedules = new SchedulesService(doctors, rooms);
  const blocks = new BlocksService(clinic, doctors, rooms, resources);
  const days = new DayPictureReader(clinic, schedules, blocks, rooms, resources);
  const booking = new AppointmentsService(doctors, types, days);
  return {
    doctors,
    types,
    resources,
    schedules,
    blocks,
    booking,
    checkIn: new AppointmentCheckIn(queue, booking, days),
    calendar: new CalendarService(doctors, types, schedules, blocks, days),
    stranded: new StrandedAppointmentsService(types, days),
  };
}
