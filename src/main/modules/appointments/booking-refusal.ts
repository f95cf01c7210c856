import { AppError } from '../../errors/app-error';
import type { Booking, Problem } from './availability';
import type { DayClock } from './day-clock';

/**
 * The error a refused booking or reschedule carries, with what the desk needs to choose again:
 * whose time it is (doctor, room or resource) and when the clashing appointment runs.
 */
export function bookingRefusal(problem: Problem, doctorName: string, clock: DayClock): AppError {
  const conflict = (name: string, clash: Booking) => new AppError('APPOINTMENT_CONFLICT', { name, start: clock.time(clash.start), end: clock.time(clash.end) });
  switch (problem.kind) {
    case 'past':
      return new AppError('APPOINTMENT_IN_PAST', {});
    case 'not_working':
    case 'break':
      return new AppError('APPOINTMENT_OUTSIDE_SCHEDULE', { doctor: doctorName, reason: problem.kind });
    case 'block':
      return new AppError('APPOINTMENT_OUTSIDE_SCHEDULE', { doctor: doctorName, reason: problem.blockKind, owner: problem.owner });
    case 'booked':
      return conflict(doctorName, problem.clash);
    case 'room':
      return problem.room && problem.clash ? conflict(problem.room.name, problem.clash) : new AppError('APPOINTMENT_NO_ROOM', {});
    case 'resource':
      return problem.resource && problem.clash ? conflict(problem.resource.name, problem.clash) : new AppError('APPOINTMENT_NO_RESOURCE', {});
  }
}
