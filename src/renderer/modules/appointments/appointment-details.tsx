import CloseIcon from '@mui/icons-material/Close';
import { Alert, Box, Button, Divider, Drawer, IconButton, List, ListItem, ListItemText, Stack, TextField, Toolbar, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentCheckInResult, AppointmentDetail, AppointmentStatusChange, AppointmentView } from '../../../shared/schemas/appointments';
import type { CheckInResult } from '../../../shared/schemas/queue';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { TicketPrintAlert } from '../queue/ticket-print-alert';
import { usePrintTicket } from '../queue/use-print-ticket';
import { ActionForm } from './action-form';
import { actionsFor, type AppointmentAction } from './appointment-actions';
import { AppointmentCheckInForm } from './appointment-check-in-form';
import { AppointmentNoShow } from './appointment-no-show';
import { StatusChip } from './appointment-status';
import type { BookingStart } from './booking-dialog';
import { RescheduleForm } from './reschedule-form';
import type { appointmentsEn } from './translations.en';
import { useAppointmentActions, type AppointmentActions } from './use-appointment-actions';
import { calendarDay } from '../../format/clinic-dates';
import { useClinicClock, useClinicDates } from '../../format/use-clinic-clock';

interface Props {
  appointmentId: string;
  onClose: () => void;
  /** Book again after a cancellation or no-show, or a follow-up after the visit. */
  onBook: (start: BookingStart) => void;
}

type Mode = 'view' | 'reschedule' | 'cancel' | 'checkIn';

/** Everything about one appointment, its history, and only the actions its status allows. */
export function AppointmentDetails({ appointmentId, onClose, onBook }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const now = useClinicClock();
  const detail = useQuery(trpc.appointments.get.queryOptions({ appointmentId }));
  const actions = useAppointmentActions();
  const [mode, setMode] = useState<Mode>('view');
  const [done, setDone] = useState<string | null>(null);
  // The ticket a check-in issued: printed as the walk-in check-in prints it (at once, if the clinic says so).
  const printing = usePrintTicket();
  const [issued, setIssued] = useState<(CheckInResult & { joinedVisit: boolean }) | null>(null);
  const [askingNoShow, setAskingNoShow] = useState<AppointmentView | null>(null);
  const finish = (message: string): void => {
    setMode('view');
    setDone(message);
  };
  const checkedIn = ({ checkIn, joinedVisit }: AppointmentCheckInResult): void => {
    setMode('view');
    setIssued({ ...checkIn, joinedVisit });
    // A walk-in's ticket was printed when it was issued: the appointment only joined it.
    if (!joinedVisit) printing.afterCheckIn(checkIn);
  };
  const appointment = detail.data;
  const quick = actions.confirm.error ?? actions.undoNoShow.error;

  const run = (action: AppointmentAction, a: AppointmentView): void => {
    setDone(null);
    if (action === 'confirm') actions.confirm.mutate({ appointmentId: a.id });
    else if (action === 'noShow') setAskingNoShow(a);
    else if (action === 'bookAgain') onBook({ patientId: a.patientId, doctorId: a.doctorId });
    else if (action === 'bookFollowUp') onBook({ patientId: a.patientId, doctorId: a.doctorId, followUpOfVisitId: a.visitId ?? undefined });
    else setMode(action);
  };

  return (
    <Drawer anchor="right" open onClose={onClose} slotProps={{ paper: { sx: { width: { xs: '100%', sm: 480 } }, 'data-testid': 'appointment-details' } as object }}>
      {/* The app bar stays on top (sign-out, lock): the panel starts below it. */}
      <Toolbar />
      <Stack spacing={2} sx={{ p: 2 }}>
        <Stack direction="row" sx={{ alignItems: 'center' }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
            {t('appointments.details.title')}
          </Typography>
          <IconButton onClick={onClose} aria-label={t('common.close')}>
            <CloseIcon />
          </IconButton>
        </Stack>
        <ErrorAlert error={detail.error} />
        {appointment && (
          <>
            <Facts appointment={appointment} />
            {done && (
              <Alert severity="success" onClose={() => setDone(null)} data-testid="appointment-done">
                {done}
              </Alert>
            )}
            {issued?.joinedVisit && (
              <Alert severity="info" data-testid="appointment-joined-visit">
                {t('appointments.checkIn.joined', { ticketNo: issued.ticketNo })}
              </Alert>
            )}
            {issued && (
              <TicketPrintAlert
                ticketNo={issued.ticketNo}
                visitId={issued.visitId}
                issued={!issued.joinedVisit}
                printing={printing}
                onClose={() => {
                  setIssued(null);
                  printing.reset();
                }}
              />
            )}
            <ErrorAlert error={quick} />
            {mode === 'view' && (
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                {actionsFor(appointment, now).map((action) => (
                  <Button key={action} variant={action === 'checkIn' || action === 'confirm' ? 'contained' : 'outlined'} color={action === 'cancel' || action === 'noShow' ? 'error' : 'primary'} disabled={actions.confirm.isPending || actions.noShow.isPending} onClick={() => run(action, appointment)} data-testid={`appointment-${action}`}>
                    {t(`appointments.details.${action}`)}
                  </Button>
                ))}
              </Stack>
            )}
            {mode === 'reschedule' && <RescheduleForm appointment={appointment} actions={actions} onBack={() => setMode('view')} onDone={() => finish(t('appointments.details.rescheduled'))} />}
            {mode === 'cancel' && <CancelForm appointment={appointment} actions={actions} onBack={() => setMode('view')} onDone={() => finish(t('appointments.details.cancelled'))} />}
            {mode === 'checkIn' && (
              <AppointmentCheckInForm appointment={appointment} actions={actions} onBack={() => setMode('view')} onIssued={checkedIn} />
            )}
            <AppointmentNoShow asking={askingNoShow} actions={actions} onAsked={() => setAskingNoShow(null)} />
            <Divider />
            <History history={appointment.history} />
          </>
        )}
      </Stack>
    </Drawer>
  );
}

function Facts({ appointment: a }: { appointment: AppointmentDetail }) {
  const { t, i18n } = useTranslation();
  const rows: [keyof typeof appointmentsEn.appointments.facts, string | null][] = [
    ['when', t('appointments.details.when', { date: calendarDay(a.date, i18n.language), start: a.start, end: a.end })],
    ['doctor', a.doctorName],
    ['type', a.typeName],
    ['room', a.roomCode],
    ['resource', a.resourceName],
    ['ticket', a.ticketNo],
    ['notes', a.notes || null],
    ['cancelReason', a.cancelReason],
  ];
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="p" sx={{ flex: 1 }} data-testid="appointment-patient">
          {a.patientName}
        </Typography>
        <StatusChip status={a.status} size="medium" testId="appointment-status" />
      </Stack>
      <Typography color="text.secondary">{a.mrn}</Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
        {rows
          .filter(([, value]) => value !== null)
          .map(([key, value]) => (
            <Box key={key} sx={{ display: 'contents' }}>
              <Typography component="dt" color="text.secondary">
                {t(`appointments.facts.${key}`)}
              </Typography>
              <Typography component="dd" sx={{ m: 0 }} data-testid={`appointment-${key}`}>
                {value}
              </Typography>
            </Box>
          ))}
      </Box>
    </Stack>
  );
}

function CancelForm({ appointment, actions, onDone, onBack }: { appointment: AppointmentView; actions: AppointmentActions; onDone: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { cancel } = actions;
  return (
    <ActionForm
      title={t('appointments.details.cancelTitle')}
      submitLabel={t('appointments.details.cancel')}
      testId="appointment-cancel-form"
      ready={reason.trim().length >= 3}
      pending={cancel.isPending}
      error={cancel.error}
      onSubmit={() => cancel.mutate({ appointmentId: appointment.id, reason }, { onSuccess: onDone })}
      onBack={onBack}
    >
      <TextField autoFocus required label={t('appointments.details.cancelReason')} helperText={t('appointments.details.cancelReasonHint')} value={reason} onChange={(e) => setReason(e.target.value)} slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'appointment-cancel-reason' } }} />
    </ActionForm>
  );
}

function changeTitle(change: AppointmentStatusChange, t: TFunction): string {
  const to = t(`appointmentStatus.${change.to}`);
  if (change.from === null) return t('appointments.details.created', { status: to });
  // A reschedule keeps the status: the note says where it moved from.
  if (change.from === change.to) return t('appointments.details.changed');
  return `${t(`appointmentStatus.${change.from}`)} → ${to}`;
}

function History({ history }: { history: AppointmentDetail['history'] }) {
  const { t } = useTranslation();
  const when = useClinicDates().dateTime;
  return (
    <Box>
      <Typography variant="subtitle2">{t('appointments.details.history')}</Typography>
      <List dense data-testid="appointment-history">
        {history.map((change, index) => (
          <ListItem key={`${change.at}-${index}`} disableGutters>
            <ListItemText
              primary={changeTitle(change, t)}
              secondary={[when(change.at), change.byName, change.note].filter(Boolean).join(' · ')}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
