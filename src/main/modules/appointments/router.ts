import { z } from 'zod';
import {
  appointmentIdInputSchema,
  bookAppointmentInputSchema,
  cancelAppointmentInputSchema,
  checkInAppointmentInputSchema,
  dayInputSchema,
  doctorScheduleSchema,
  listBlocksInputSchema,
  patientAppointmentsInputSchema,
  rescheduleAppointmentInputSchema,
  saveAppointmentTypeInputSchema,
  saveResourceInputSchema,
  saveScheduleBlockInputSchema,
  slotsInputSchema,
  strandedInputSchema,
  weekInputSchema,
} from '../../../shared/schemas/appointments';
import { idSchema } from '../../../shared/schemas/common';
import { roomIdInputSchema } from '../../../shared/schemas/queue';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { appointmentsKey } from './key';
import { strandedAnswer } from './stranded-answer';

const { read, write } = moduleProcedures(appointmentsKey);

const typesRouter = t.router({
  list: read('appointments.book')
    .query(({ ctx }) => ctx.services.types.list(ctx.uow)),
  save: write('schedules.manage')
    .input(saveAppointmentTypeInputSchema)
    .mutation(({ ctx, input }) => ctx.services.types.save(ctx.uow, input)),
});

const resourcesRouter = t.router({
  list: read('appointments.book')
    .query(({ ctx }) => ctx.services.resources.list(ctx.uow)),
  save: write('schedules.manage')
    .input(saveResourceInputSchema)
    .mutation(async ({ ctx, input }) => {
      const resource = await ctx.services.resources.save(ctx.uow, input);
      return strandedAnswer(ctx.uow, ctx.services.users, resource, await ctx.services.stranded.withResource(ctx.uow, resource.id));
    }),
});

const schedulesRouter = t.router({
  list: read('appointments.book')
    .query(({ ctx }) => ctx.services.schedules.list(ctx.uow)),
  /** Asked before a save, so the person can confirm a room shared with another doctor. */
  roomShares: read('schedules.manage')
    .input(doctorScheduleSchema)
    .query(({ ctx, input }) => ctx.services.schedules.roomShares(ctx.uow, input)),
  save: write('schedules.manage')
    .input(doctorScheduleSchema)
    .mutation(async ({ ctx, input }) => {
      const schedule = await ctx.services.schedules.save(ctx.uow, input);
      return strandedAnswer(ctx.uow, ctx.services.users, schedule, await ctx.services.stranded.ofDoctor(ctx.uow, schedule.doctorId));
    }),
});

const blocksRouter = t.router({
  list: read('appointments.book')
    .input(listBlocksInputSchema)
    .query(({ ctx, input }) => ctx.services.blocks.list(ctx.uow, input.fromDate, input.toDate)),
  save: write('schedules.manage')
    .input(saveScheduleBlockInputSchema)
    // Saved all the same: the answer also lists the appointments now inside it, to move or cancel.
    .mutation(async ({ ctx, input }) => {
      const block = await ctx.services.blocks.save(ctx.uow, input);
      return strandedAnswer(ctx.uow, ctx.services.users, block, await ctx.services.stranded.inBlock(ctx.uow, block));
    }),
  remove: write('schedules.manage')
    .input(z.object({ id: idSchema }))
    .mutation(({ ctx, input }) => ctx.services.blocks.remove(ctx.uow, input.id)),
});

export const appointmentsRouter = t.router({
  doctors: read('appointments.book')
    .query(({ ctx }) => ctx.services.doctors.list(ctx.uow)),
  types: typesRouter,
  resources: resourcesRouter,
  schedules: schedulesRouter,
  blocks: blocksRouter,

  slots: read('appointments.book')
    .input(slotsInputSchema)
    .query(({ ctx, input }) => ctx.services.calendar.slots(ctx.uow, input)),

  book: write('appointments.book')
    .input(bookAppointmentInputSchema)
    .mutation(({ ctx, input }) => ctx.services.booking.book(ctx.uow, input)),

  reschedule: write('appointments.book')
    .input(rescheduleAppointmentInputSchema)
    .mutation(({ ctx, input }) => ctx.services.booking.reschedule(ctx.uow, input)),

  cancel: write('appointments.book')
    .input(cancelAppointmentInputSchema)
    .mutation(({ ctx, input }) => ctx.services.booking.cancel(ctx.uow, input.appointmentId, input.reason)),

  confirm: write('appointments.book')
    .input(appointmentIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.booking.confirm(ctx.uow, input.appointmentId)),

  noShow: write('appointments.book')
    .input(appointmentIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.checkIn.noShow(ctx.uow, input.appointmentId)),

  undoNoShow: write('appointments.book')
    .input(appointmentIdInputSchema)
    .mutation(({ ctx, input }) => ctx.services.booking.undoNoShow(ctx.uow, input.appointmentId)),

  checkIn: write('appointments.book')
    .input(checkInAppointmentInputSchema)
    .mutation(({ ctx, input }) => ctx.services.checkIn.checkIn(ctx.uow, input)),

  get: read('appointments.book')
    .input(appointmentIdInputSchema)
    .query(({ ctx, input }) => ctx.services.booking.get(ctx.uow, input.appointmentId)),

  day: read('appointments.book')
    .input(dayInputSchema)
    .query(({ ctx, input }) => ctx.services.calendar.day(ctx.uow, input.date, input.doctorId)),

  week: read('appointments.book')
    .input(weekInputSchema)
    .query(({ ctx, input }) => ctx.services.calendar.week(ctx.uow, input.weekOf, input.doctorId)),

  /** Appointments to come that leave, a holiday or a changed template, room or resource left outside the schedule. */
  stranded: read('appointments.book')
    .input(strandedInputSchema)
    .query(({ ctx, input }) => ctx.services.stranded.between(ctx.uow, input.fromDate, input.toDate)),

  /** What a retired room, or one with less room, leaves outside the schedule: asked by the rooms screen after a save. */
  strandedInRoom: read('clinic.manage')
    .input(roomIdInputSchema)
    .query(async ({ ctx, input }) => strandedAnswer(ctx.uow, ctx.services.users, {}, await ctx.services.stranded.inRoom(ctx.uow, input.roomId))),

  forPatient: read('appointments.book')
    .input(patientAppointmentsInputSchema)
    .query(({ ctx, input }) => ctx.services.booking.forPatient(ctx.uow, input.patientId)),
});
