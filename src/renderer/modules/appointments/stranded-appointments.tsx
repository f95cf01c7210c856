import { Alert, AlertTitle, Box, Button, Collapse, List, ListItem, ListItemText } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../shared/clinic-time';
import { STRANDED_MAX_DAYS, type StrandedAfterChange, type StrandedAppointment } from '../../../shared/schemas/appointments';
import { useTRPC } from '../../api/client';
import { useCan } from '../../session/session-context';
import { AppointmentDetails } from './appointment-details';
import { BookingDialog, type BookingStart } from './booking-dialog';
import { calendarDay } from '../../format/clinic-dates';
import { useClinicClock } from '../../format/use-clinic-clock';

/** How far ahead the calendar's banner looks for appointments to move. */
const BANNER_DAYS = 30;

/**
 * Appointments that leave, a holiday or a changed template, room or resource left outside the
 * schedule: listed after the change is saved, and on the calendar, so reception moves or cancels
 * each before the patient turns up.
 */

/** Patient, when, doctor and why; "Open" shows the appointment's details, where it is moved or cancelled. */
function StrandedList({ items, onOpen }: { items: StrandedAppointment[]; onOpen?: (appointmentId: string) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <List dense disablePadding data-testid="stranded-list">
      {items.map(({ appointment: a, reason }) => (
        <ListItem
          key={a.id}
          disableGutters
          data-testid={`stranded-${a.id}`}
          secondaryAction={
            onOpen && (
              <Button size="small" color="inherit" onClick={() => onOpen(a.id)} data-testid={`stranded-open-${a.id}`}>
                {t('appointments.stranded.open')}
              </Button>
            )
          }
        >
          <ListItemText
            primary={`${a.patientName} · ${t('appointments.details.when', { date: calendarDay(a.date, i18n.language), start: a.start, end: a.end })}`}
            secondary={`${a.doctorName} · ${t(`appointments.strandedReason.${reason}`)}`}
          />
        </ListItem>
      ))}
    </List>
  );
}

/**
 * The list a save answered with, narrowed to those still stranded now: as reception moves or
 * cancels them (here or on another PC) they drop off. Only the first 62 days can be asked again;
 * later ones stay as the save listed them.
 */
function useStillStranded(listed: StrandedAppointment[]): StrandedAppointment[] {
  const trpc = useTRPC();
  const canBook = useCan('appointments.book');
  const dates = listed.map((s) => s.appointment.date).sort();
  const fromDate = dates[0] ?? '';
  const lastAskable = fromDate ? addDays(fromDate, STRANDED_MAX_DAYS - 1) : '';
  const toDate = dates[dates.length - 1] < lastAskable ? dates[dates.length - 1] : lastAskable;
  const live = useQuery({ ...trpc.appointments.stranded.queryOptions({ fromDate, toDate }), enabled: canBook && listed.length > 0 });
  if (!live.data) return listed;
  const now = new Map(live.data.map((s) => [s.appointment.id, s]));
  return listed.flatMap((s) => (s.appointment.date > toDate ? [s] : (now.get(s.appointment.id) ?? [])));
}

/**
 * After leave, a holiday, a weekly template, a room or a resource is saved: the appointments it
 * left stranded, to open one by one — or, for a user without the calendar (the hub then sends no
 * list), only how many, to hand on to reception.
 */
export function StrandedAlert({ saved }: { saved: StrandedAfterChange | undefined }) {
  const { t } = useTranslation();
  const canBook = useCan('appointments.book');
  const items = useStillStranded(saved?.stranded ?? []);
  const [opened, setOpened] = useState<string | null>(null);
  const [booking, setBooking] = useState<BookingStart | null>(null);
  const withheld = saved !== undefined && saved.stranded.length === 0 ? saved.strandedCount : 0;
  if (withheld > 0) {
    return (
      <Alert severity="warning" data-testid="stranded-alert">
        {t('appointments.stranded.withheld', { count: withheld })}
      </Alert>
    );
  }
  if (items.length === 0 && !opened && !booking) return null;
  // The alert sits inside the form that saved the change, and React sends a submit inside the
  // drawer or dialog (their own forms, in portals) up to that form too: it must stop here, or
  // cancelling an appointment would save the leave again.
  return (
    <Box onSubmit={(event) => event.stopPropagation()} sx={{ display: 'contents' }}>
      {items.length > 0 && (
        <Alert severity="warning" data-testid="stranded-alert">
          <AlertTitle>{t('appointments.stranded.afterChange', { count: items.length })}</AlertTitle>
          <StrandedList items={items} onOpen={canBook ? setOpened : undefined} />
        </Alert>
      )}
      {/* Kept open after the last one is dealt with, so its "cancelled" or "moved" still shows. */}
      {opened && (
        <AppointmentDetails
          appointmentId={opened}
          onClose={() => setOpened(null)}
          onBook={(start) => {
            setOpened(null);
            setBooking(start);
          }}
        />
      )}
      {booking && <BookingDialog initial={booking} onClose={() => setBooking(null)} />}
    </Box>
  );
}

/** On the calendar: "N appointments need rescheduling" over the next 30 days; a click lists them. */
export function StrandedBanner({ onOpen }: { onOpen: (appointmentId: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const today = useClinicClock().date;
  const stranded = useQuery({ ...trpc.appointments.stranded.queryOptions({ fromDate: today, toDate: addDays(today, BANNER_DAYS - 1) }), refetchInterval: 60_000 });
  const [shown, setShown] = useState(false);
  const items = stranded.data ?? [];
  if (items.length === 0) return null;
  return (
    <Alert
      severity="warning"
      data-testid="stranded-banner"
      action={
        <Button color="inherit" size="small" onClick={() => setShown(!shown)} data-testid="stranded-banner-toggle">
          {t(shown ? 'appointments.stranded.hide' : 'appointments.stranded.show')}
        </Button>
      }
    >
      {t('appointments.stranded.banner', { count: items.length })}
      <Collapse in={shown} unmountOnExit>
        <StrandedList items={items} onOpen={onOpen} />
      </Collapse>
    </Alert>
  );
}
