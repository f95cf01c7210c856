import { Alert, Link, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { addDays } from '../../../shared/clinic-time';
import type { CalendarDoctorDay } from '../../../shared/schemas/appointments';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useCan } from '../../session/session-context';
import { AppointmentDetails } from './appointment-details';
import { freesTime } from './appointment-status';
import { BookingDialog, type BookingStart } from './booking-dialog';
import { CalendarGrid, type CalendarGridColumn } from './calendar-grid';
import { CalendarToolbar, type CalendarView } from './calendar-toolbar';
import { StatusLegend } from './status-legend';
import { StrandedBanner } from './stranded-appointments';
import { typingIn } from '../../components/typing-in';
import { calendarDay } from '../../format/clinic-dates';
import { useClinicClock } from '../../format/use-clinic-clock';

/**
 * The clinic's calendar: a day with one column per doctor, or one doctor's week. Keys:
 * ←/→ previous/next day or week, T today, D day, W week, B book. Date, view and doctor are in
 * the address, so a reload or the back button keeps the place.
 */
export function AppointmentsPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const now = useClinicClock();
  const canBook = useCan('appointments.book');
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? now.date;
  const view: CalendarView = params.get('view') === 'week' ? 'week' : 'day';
  const doctors = useQuery(trpc.appointments.doctors.queryOptions());
  const doctorList = doctors.data ?? [];
  const filter = params.get('doctor') ?? '';
  // The week is always one doctor's: the chosen one, else the first.
  const weekDoctor = filter || (doctorList[0]?.id ?? '');
  const [opened, setOpened] = useState<string | null>(null);
  const [booking, setBooking] = useState<BookingStart | null>(null);

  const day = useQuery({ ...trpc.appointments.day.queryOptions({ date, doctorId: filter || undefined }), enabled: view === 'day', refetchInterval: 60_000 });
  const week = useQuery({ ...trpc.appointments.week.queryOptions({ weekOf: date, doctorId: weekDoctor }), enabled: view === 'week' && weekDoctor !== '', refetchInterval: 60_000 });

  const go = (changes: { date?: string; view?: CalendarView; doctor?: string }): void => {
    const next = { date, view, doctor: filter, ...changes };
    setParams({ date: next.date, view: next.view, ...(next.doctor ? { doctor: next.doctor } : {}) });
  };
  const step = (direction: -1 | 1): void => go({ date: addDays(date, direction * (view === 'week' ? 7 : 1)) });
  const book = (start: BookingStart = {}): void => setBooking({ date: date >= now.date ? date : now.date, doctorId: filter || undefined, ...start });

  // A click on working time books there; the past cannot be booked, so it is not offered.
  const bookAt = (doctorId: string, onDate: string, start: string): void => {
    if (canBook && onDate >= now.date) book({ doctorId, date: onDate, start });
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (typingIn(event.target) || event.ctrlKey || event.altKey || event.metaKey || opened || booking) return;
      const key = event.key.toLowerCase();
      if (event.key === 'ArrowLeft') step(-1);
      else if (event.key === 'ArrowRight') step(1);
      else if (key === 't') go({ date: now.date });
      else if (key === 'd') go({ view: 'day' });
      else if (key === 'w') go({ view: 'week' });
      else if (key === 'b' && canBook) book();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const columns: CalendarGridColumn[] =
    view === 'day'
      ? (day.data?.doctors ?? []).map((doctorDay) => ({ key: doctorDay.doctorId, day: doctorDay, header: <ColumnHeader title={doctorDay.doctorName} day={doctorDay} /> }))
      : (week.data?.days ?? []).map((weekDay) => {
          const doctorDay = weekDay.doctors.find((d) => d.doctorId === weekDoctor) ?? emptyDay(weekDoctor, weekDay.date);
          const title = (
            <Link component="button" underline="hover" onClick={() => go({ view: 'day', date: weekDay.date })} sx={{ fontWeight: weekDay.date === now.date ? 700 : 400 }}>
              {calendarDay(weekDay.date, i18n.language, 'short')}
            </Link>
          );
          return { key: weekDay.date, day: doctorDay, header: <ColumnHeader title={title} day={doctorDay} /> };
        });

  const heading = view === 'day' ? calendarDay(date, i18n.language) : `${calendarDay(week.data?.dates[0] ?? date, i18n.language, 'short')} – ${calendarDay(week.data?.dates[6] ?? date, i18n.language, 'short')}`;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline' }}>
        <Typography variant="h4" component="h1">
          {t('nav.appointments')}
        </Typography>
        <Typography variant="h6" component="p" color="text.secondary" data-testid="calendar-heading">
          {heading}
        </Typography>
      </Stack>
      <CalendarToolbar
        view={view}
        date={date}
        doctorId={view === 'week' ? weekDoctor : filter}
        doctors={doctorList}
        canBook={canBook}
        onView={(next) => go({ view: next })}
        onDate={(next) => go({ date: next })}
        onStep={step}
        onToday={() => go({ date: now.date })}
        onDoctor={(doctor) => go({ doctor })}
        onBook={() => book()}
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <StatusLegend />
        <Typography variant="caption" color="text.secondary">
          {t('appointments.calendar.keys')}
        </Typography>
      </Stack>
      <ErrorAlert error={doctors.error ?? (view === 'day' ? day.error : week.error)} />
      {doctors.data?.length === 0 && <Alert severity="info">{t('appointments.noDoctors')}</Alert>}
      <StrandedBanner onOpen={setOpened} />
      {columns.length > 0 && <CalendarGrid columns={columns} now={now} onOpen={setOpened} onBook={bookAt} />}
      {opened && <AppointmentDetails appointmentId={opened} onClose={() => setOpened(null)} onBook={(start) => { setOpened(null); book(start); }} />}
      {booking && <BookingDialog initial={booking} onClose={() => setBooking(null)} onBooked={(appointment) => go({ date: appointment.date })} />}
    </Stack>
  );
}

function emptyDay(doctorId: string, date: string): CalendarDoctorDay {
  return { doctorId, doctorName: '', date, sessions: [], breaks: [], blocks: [], appointments: [] };
}

function ColumnHeader({ title, day }: { title: ReactNode; day: CalendarDoctorDay }) {
  const { t } = useTranslation();
  const live = day.appointments.filter((a) => !freesTime(a.status)).length;
  return (
    <>
      <Typography variant="subtitle2" component="div" noWrap>
        {title}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {day.sessions.length === 0 ? t('appointments.calendar.notWorking') : t('appointments.calendar.booked', { count: live })}
      </Typography>
    </>
  );
}
