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
import { inUnitOfWork, permittedProcedure } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { strandedAnswer } from './stranded-answer';

/** Reading and booking: the front desk, doctors and nurses. */
const book = () => permittedProcedure('appointments.book');
/** Setting up what can be booked: types, resources, templates, leave. */
const manage = () => permittedProcedure('schedules.manage');

const typesRouter = t.router({
  list: book()
    .use(inUnitOfWork)
    .query(({ ctx }) => ctx.services.appointments.types.list(ctx.uow)),
  save: manage()
    .input(saveAppointmentTypeInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.appointments.types.save(ctx.uow, input)),
});

const resourcesRouter = t.router({
  list: book()
    .use(inUnitOfWork)
    .query(({ ctx }) => ctx.services.appointments.resources.list(ctx.uow)),
  save: manage()
    .input(saveResourceInputSchema)
    .use(inUnitOfWork)
    .mutation(async ({ ctx, input }) => {
      const resource = await ctx.services.appointments.resources.save(ctx.uow, input);
      return strandedAnswer(ctx.uow, ctx.services.users, resource, await ctx.services.appointments.stranded.withResource(ctx.uow, resource.id));
    }),
});

const schedulesRouter = t.router({
  list: book()
    .use(inUnitOfWork)
    .query(({ ctx }) => ctx.services.appointments.schedules.list(ctx.uow)),
  save: manage()
    .input(doctorScheduleSchema)
    .use(inUnitOfWork)
    .mutation(async ({ ctx, input }) => {
      const schedule = await ctx.services.appointments.schedules.save(ctx.uow, input);
      return strandedAnswer(ctx.uow, ctx.services.users, schedule, await ctx.services.appointments.stranded.ofDoctor(ctx.uow, schedule.doctorId));
    }),
});

const blocksRouter = t.router({
  list: book()
    .input(listBlocksInputSchema)
    .use(inUnitOfWork)
    .query(({ ctx, input }) => ctx.services.appointments.blocks.list(ctx.uow, input.fromDate, input.toDate)),
  save: manage()
    .input(saveScheduleBlockInputSchema)
    .use(inUnitOfWork)
    // Saved all the same: the answer also lists the appointments now inside it, to move or cancel.
    .mutation(async ({ ctx, input }) => {
      const block = await ctx.services.appointments.blocks.save(ctx.uow, input);
      return strandedAnswer(ctx.uow, ctx.services.users, block, await ctx.services.appointments.stranded.inBlock(ctx.uow, block));
    }),
  remove: manage()
    .input(z.object({ id: idSchema }))
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.appointments.blocks.remove(ctx.uow, input.id)),
});

export const appointmentsRouter = t.router({
  doctors: book()
    .use(inUnitOfWork)
    .query(({ ctx }) => ctx.services.appointments.doctors.list(ctx.uow)),
  types: typesRouter,
  resources: resourcesRouter,
  schedules: schedulesRouter,
  blocks: blocksRouter,

  slots: book()
    .input(slotsInputSchema)
    .use(inUnitOfWork)
    .query(({ ctx, input }) => ctx.services.appointments.calendar.slots(ctx.uow, input)),

  book: book()
    .input(bookAppointmentInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.appointments.booking.book(ctx.uow, input)),

  reschedule: book()
    .input(rescheduleAppointmentInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.appointments.booking.reschedule(ctx.uow, input)),

  cancel: book()
    .input(cancelAppointmentInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.appointments.booking.cancel(ctx.uow, input.appointmentId, input.reason)),

  confirm: book()
    .input(appointmentIdInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.appointments.booking.confirm(ctx.uow, input.appointmentId)),

  noShow: book()
    .input(appointmentIdInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.appointments.booking.noShow(ctx.uow, input.appointmentId)),

  checkIn: book()
    .input(checkInAppointmentInputSchema)
    .use(inUnitOfWork)
    .mutation(({ ctx, input }) => ctx.services.appointments.checkIn.checkIn(ctx.uow, input)),

  get: book()
    .input(appointmentIdInputSchema)
    .use(inUnitOfWork)
    .query(({ ctx, input }) => ctx.services.appointments.booking.get(ctx.uow, input.appointmentId)),

  day: book()
    .input(dayInputSchema)
    .use(inUnitOfWork)
    .query(({ ctx, input }) => ctx.services.appointments.calendar.day(ctx.uow, input.date, input.doctorId)),

  week: book()
    .input(weekInputSchema)
    .use(inUnitOfWork)
    .query(({ ctx, input }) => ctx.services.appointments.calendar.week(ctx.uow, input.weekOf, input.doctorId)),

  /** Appointments to come that leave, a holiday or a changed template, room or resource left outside the schedule. */
  stranded: book()
    .input(strandedInputSchema)
    .use(inUnitOfWork)
    .query(({ ctx, input }) => ctx.services.appointments.stranded.between(ctx.uow, input.fromDate, input.toDate)),

  forPatient: book()
    .input(patientAppointmentsInputSchema)
    .use(inUnitOfWork)
    .query(({ ctx, input }) => ctx.services.appointments.booking.forPatient(ctx.uow, input.patientId)),
});
