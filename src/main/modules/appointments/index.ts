import { defineModule } from '../../api/core/module';
import { patientsKey } from '../patients';
import { queueKey } from '../queue';
import { roomsKey } from '../rooms';
import { usersKey } from '../users';
import { AppointmentCheckIn } from './appointment-check-in';
import { AppointmentReader } from './appointment-read';
import { AppointmentsService } from './appointments-service';
import { BlocksService } from './blocks-service';
import { CalendarService } from './calendar-service';
import { DayPictureReader } from './day-picture';
import { DoctorDirectory } from './doctor-directory';
import { APPOINTMENT_ENTITIES } from './entities';
import { appointmentsKey } from './key';
import { APPOINTMENT_PATIENT_RECORDS } from './patient-records';
import { ResourcesService } from './resources-service';
import { appointmentsRouter } from './router';
import { SchedulesService } from './schedules-service';
import { StrandedAppointmentsService } from './stranded-service';
import { AppointmentTypesService } from './types-service';
import { visitSync } from './visit-sync';

export { appointmentsKey, type AppointmentServices } from './key';

/** Doctors' weekly hours, leave and holidays, appointment types, resources, booking and the calendars. */
export const appointmentsModule = defineModule({
  key: appointmentsKey,
  needs: { users: usersKey, rooms: roomsKey, queue: queueKey, patients: patientsKey },
  entities: APPOINTMENT_ENTITIES,
  patientRecords: APPOINTMENT_PATIENT_RECORDS,
  build: ({ users, rooms, queue, patients }) => {
    const doctors = new DoctorDirectory(users.users);
    const types = new AppointmentTypesService();
    const resources = new ResourcesService(users.users);
    const schedules = new SchedulesService(doctors, rooms.rooms);
    const blocks = new BlocksService(doctors, rooms.rooms, resources);
    const days = new DayPictureReader(schedules, blocks, rooms.rooms, resources);
    const reader = new AppointmentReader(patients.directory);
    const booking = new AppointmentsService(doctors, types, days, reader, patients.directory);
    return {
      doctors,
      types,
      resources,
      schedules,
      blocks,
      booking,
      checkIn: new AppointmentCheckIn(queue.queue, booking),
      calendar: new CalendarService(doctors, types, schedules, blocks, days, reader),
      stranded: new StrandedAppointmentsService(types, days, reader),
      users: users.users,
    };
  },
  routes: { appointments: appointmentsRouter },
  // A checked-in appointment follows its visit through the queue.
  listeners: () => visitSync,
  seed: (uow, services) => services.types.seedDefaults(uow),
});
