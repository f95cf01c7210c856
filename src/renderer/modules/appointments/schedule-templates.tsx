import { Alert, Button, MenuItem, Paper, Stack, TextField } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DoctorSchedule, DoctorScheduleView, RoomShare } from '../../../shared/schemas/appointments';
import type { Room } from '../../../shared/schemas/queue';
import { useTRPC } from '../../api/client';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { fieldRejected } from '../../components/field-error';
import { RoomSharesList } from './room-shares';
import { StrandedAlert } from './stranded-appointments';
import { TemplateDayRow } from './template-day-row';
import { WEEKDAYS, copyDay, draftFromSchedule, scheduleFromDraft } from './template-draft';

/** Each doctor's working week: choose the doctor, then their sessions and breaks day by day. */
export function ScheduleTemplates() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const schedules = useQuery(trpc.appointments.schedules.list.queryOptions());
  const rooms = useQuery(trpc.rooms.list.queryOptions());
  const [doctorId, setDoctorId] = useState('');
  const list = schedules.data ?? [];
  const chosen = list.find((view) => view.doctorId === doctorId) ?? list[0];
  return (
    <Stack spacing={2}>
      <ErrorAlert error={schedules.error ?? rooms.error} />
      {schedules.data?.length === 0 && <Alert severity="info">{t('appointments.noDoctors')}</Alert>}
      {chosen && (
        <>
          <TextField select label={t('appointments.doctor')} value={chosen.doctorId} onChange={(e) => setDoctorId(e.target.value)} sx={{ maxWidth: 360 }} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'template-doctor' } as object } }}>
            {list.map((view) => (
              <MenuItem key={view.doctorId} value={view.doctorId} data-testid={`template-doctor-${view.doctorId}`}>
                {view.doctorName}
                {!view.saved && ` — ${t('appointments.templates.notSet')}`}
              </MenuItem>
            ))}
          </TextField>
          {/* Keyed by doctor only: a remount after saving would hide "Saved.". */}
          <TemplateForm key={chosen.doctorId} view={chosen} rooms={(rooms.data ?? []).filter((room) => room.active)} />
        </>
      )}
    </Stack>
  );
}

function TemplateForm({ view, rooms }: { view: DoctorScheduleView; rooms: Room[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftFromSchedule(view));
  // The week waiting for "save all the same", with the other doctors' sessions it shares a room with.
  const [sharing, setSharing] = useState<{ schedule: DoctorSchedule; shares: RoomShare[] } | null>(null);
  const save = useMutation(
    trpc.appointments.schedules.save.mutationOptions({
      onSuccess: () => {
        setSharing(null);
        void queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() });
      },
    }),
  );
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const schedule = scheduleFromDraft(view.doctorId, draft);
    // A week the hub would refuse is sent as it is, so the refusal marks its fields.
    const shares = await queryClient.fetchQuery(trpc.appointments.schedules.roomShares.queryOptions(schedule, { staleTime: 0 })).catch(() => []);
    if (shares.length > 0) setSharing({ schedule, shares });
    else save.mutate(schedule);
  };
  return (
    <Paper variant="outlined" component="form" onSubmit={(event) => void submit(event)} noValidate sx={{ p: 2 }} data-testid="template-form">
      <Stack spacing={1}>
        <TextField
          type="number"
          label={t('appointments.templates.slotMinutes')}
          helperText={t('appointments.templates.slotMinutesHint')}
          value={draft.slotMinutes}
          error={fieldRejected(save.error, 'slotMinutes')}
          onChange={(e) => setDraft({ ...draft, slotMinutes: e.target.value })}
          sx={{ maxWidth: 260 }}
          slotProps={{ htmlInput: { min: 5, max: 120, step: 5, 'data-testid': 'template-slot-minutes' } }}
        />
        {WEEKDAYS.map((weekday) => (
          <TemplateDayRow key={weekday} weekday={weekday} draft={draft} rooms={rooms} error={save.error} onChange={setDraft} onCopy={(to) => setDraft(copyDay(draft, weekday, to))} />
        ))}
        <ErrorAlert error={save.error} />
        {save.data && save.data.roomShares.length === 0 && <Alert severity="success">{t('common.saved')}</Alert>}
        {save.data && save.data.roomShares.length > 0 && (
          <Alert severity="warning" data-testid="template-saved-room-shares">
            {t('appointments.templates.roomSharesSaved')}
            <RoomSharesList shares={save.data.roomShares} rooms={rooms} />
          </Alert>
        )}
        <StrandedAlert saved={save.data} />
        <Button type="submit" variant="contained" disabled={save.isPending} sx={{ alignSelf: 'flex-start' }} data-testid="template-save">
          {t('common.save')}
        </Button>
      </Stack>
      {sharing && (
        <ConfirmDialog
          title={t('appointments.templates.roomSharesTitle')}
          confirmLabel={t('appointments.templates.roomSharesSave')}
          testId="template-room-shares"
          color="warning"
          pending={save.isPending}
          error={save.error}
          onConfirm={() => save.mutate(sharing.schedule)}
          onClose={() => setSharing(null)}
        >
          <RoomSharesList shares={sharing.shares} rooms={rooms} />
          {t('appointments.templates.roomSharesAsk')}
        </ConfirmDialog>
      )}
    </Paper>
  );
}
