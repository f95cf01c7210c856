import DeleteIcon from '@mui/icons-material/Delete';
import { Button, IconButton, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../shared/clinic-time';
import { BLOCK_KINDS, type BlockKind, type ScheduleBlock } from '../../../shared/schemas/appointments';
import { useTRPC } from '../../api/client';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { DateField } from '../../components/date-field/date-field';
import { DateTimeField } from '../../components/date-field/date-time-field';
import { ErrorAlert } from '../../components/error-alert';
import { fieldRejected } from '../../components/field-error';
import { StrandedAlert } from './stranded-appointments';
import { calendarDay } from '../../format/clinic-dates';
import { useClinicClock } from '../../format/use-clinic-clock';

/** `doctor:<id>`, `room:<id>`, `resource:<id>`, or '' for the whole clinic. */
type Whose = string;

function whoseOf(block: Pick<ScheduleBlock, 'doctorId' | 'roomId' | 'resourceId'>): Whose {
  if (block.doctorId) return `doctor:${block.doctorId}`;
  if (block.roomId) return `room:${block.roomId}`;
  return block.resourceId ? `resource:${block.resourceId}` : '';
}

function idsOf(whose: Whose): Pick<ScheduleBlock, 'doctorId' | 'roomId' | 'resourceId'> {
  const [kind, id = null] = whose.split(':');
  return { doctorId: kind === 'doctor' ? id : null, roomId: kind === 'room' ? id : null, resourceId: kind === 'resource' ? id : null };
}

/** Leave, blocked time and public holidays: nothing can be booked inside them. */
export function ScheduleBlocks() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const today = useClinicClock().date;
  const [fromDate, setFromDate] = useState(today);
  const [toDate, setToDate] = useState(addDays(today, 180));
  const blocks = useQuery(trpc.appointments.blocks.list.queryOptions({ fromDate, toDate }));
  const doctors = useQuery(trpc.appointments.doctors.queryOptions());
  const rooms = useQuery(trpc.rooms.list.queryOptions());
  const resources = useQuery(trpc.appointments.resources.list.queryOptions());
  const [kind, setKind] = useState<BlockKind>('leave');
  const [whose, setWhose] = useState<Whose>('');
  const [from, setFrom] = useState(`${today}T00:00`);
  const [to, setTo] = useState(`${addDays(today, 1)}T00:00`);
  const [reason, setReason] = useState('');
  const refresh = { onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() }) };
  const save = useMutation(trpc.appointments.blocks.save.mutationOptions({ onSuccess: () => { setReason(''); refresh.onSuccess(); } }));
  const remove = useMutation(trpc.appointments.blocks.remove.mutationOptions(refresh));

  const names = new Map<Whose, string>([
    ['', t('appointments.blocks.wholeClinic')],
    ...(doctors.data ?? []).map((d): [Whose, string] => [`doctor:${d.id}`, d.name]),
    ...(rooms.data ?? []).map((r): [Whose, string] => [`room:${r.id}`, `${t('appointments.templates.room')} ${r.code} · ${r.name}`]),
    ...(resources.data ?? []).map((r): [Whose, string] => [`resource:${r.id}`, r.name]),
  ]);
  const columns: DataColumn<ScheduleBlock>[] = [
    { key: 'kind', header: t('appointments.blocks.kind'), cell: (block) => t(`appointments.blockKinds.${block.kind}`), sortValue: (block) => block.kind },
    { key: 'whose', header: t('appointments.blocks.whose'), cell: (block) => names.get(whoseOf(block)) ?? '—', sortValue: (block) => names.get(whoseOf(block)) ?? null },
    { key: 'from', header: t('appointments.blocks.from'), cell: (block) => blockTime(block.from, i18n.language), sortValue: (block) => block.from, nowrap: true },
    { key: 'to', header: t('appointments.blocks.to'), cell: (block) => blockTime(block.to, i18n.language), sortValue: (block) => block.to, nowrap: true },
    { key: 'reason', header: t('appointments.blocks.reason'), cell: (block) => block.reason },
    {
      key: 'remove',
      align: 'right',
      cell: (block) => (
        <IconButton size="small" aria-label={t('appointments.remove')} disabled={remove.isPending} onClick={() => remove.mutate({ id: block.id })}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      ),
    },
  ];
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    // A holiday closes the whole clinic, whoever was chosen.
    save.mutate({ kind, ...idsOf(kind === 'holiday' ? '' : whose), from, to, reason });
  };

  return (
    <Stack spacing={2}>
      <Paper variant="outlined" component="form" onSubmit={submit} noValidate sx={{ p: 2 }} data-testid="block-form">
        <Stack spacing={2}>
          <Typography variant="subtitle1" component="h3">
            {t('appointments.blocks.add')}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <TextField select size="small" label={t('appointments.blocks.kind')} value={kind} onChange={(e) => setKind(e.target.value as BlockKind)} sx={{ width: 150 }} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'block-kind' } as object } }}>
              {BLOCK_KINDS.map((k) => (
                <MenuItem key={k} value={k}>
                  {t(`appointments.blockKinds.${k}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField select size="small" label={t('appointments.blocks.whose')} value={kind === 'holiday' ? '' : whose} disabled={kind === 'holiday'} onChange={(e) => setWhose(e.target.value)} sx={{ width: 260 }} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'block-whose' } as object } }}>
              {[...names].map(([value, name]) => (
                <MenuItem key={value} value={value}>
                  {name}
                </MenuItem>
              ))}
            </TextField>
            <DateTimeField size="small" label={t('appointments.blocks.from')} value={from} error={fieldRejected(save.error, 'from')} onChange={setFrom} testId="block-from" />
            <DateTimeField size="small" label={t('appointments.blocks.to')} value={to} error={fieldRejected(save.error, 'to')} onChange={setTo} testId="block-to" />
            <TextField size="small" label={t('appointments.blocks.reason')} value={reason} onChange={(e) => setReason(e.target.value)} sx={{ flex: 1, minWidth: 200 }} slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'block-reason' } }} />
            <Button type="submit" variant="contained" disabled={save.isPending} data-testid="block-save">
              {t('appointments.blocks.addButton')}
            </Button>
          </Stack>
          <ErrorAlert error={save.error} />
          <StrandedAlert saved={save.data} />
        </Stack>
      </Paper>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <DateField size="small" label={t('appointments.blocks.showFrom')} value={fromDate} max={toDate} onChange={(date) => date && setFromDate(date)} sx={{ width: 170 }} />
        <DateField size="small" label={t('appointments.blocks.showTo')} value={toDate} min={fromDate} onChange={(date) => date && setToDate(date)} sx={{ width: 170 }} />
      </Stack>
      <ErrorAlert error={blocks.error ?? remove.error} />
      <DataTable
        columns={columns}
        rows={blocks.data}
        rowKey={(block) => block.id}
        rowTestId={(block) => `block-row-${block.id}`}
        loading={blocks.isPending}
        emptyText={t('appointments.blocks.none')}
        framed={false}
        pageSize={50}
      />
    </Stack>
  );
}

/** A block's start or end, `2026-12-24T13:00` on the clinic's wall clock, as `24 Dec 2026, 13:00`. */
function blockTime(local: string, language: string): string {
  const [date = local, time] = local.split('T');
  return time ? `${calendarDay(date, language, 'none')}, ${time.slice(0, 5)}` : calendarDay(date, language, 'none');
}
