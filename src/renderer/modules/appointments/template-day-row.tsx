import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Button, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../shared/schemas/queue';
import { fieldRejected } from '../../components/field-error';
import { weekdayName } from '../../i18n/detail-words';
import { MONDAY_TO_FRIDAY, WEEKDAYS, normaliseClockTime, type PeriodDraft, type TemplateDraft } from './template-draft';

interface Props {
  weekday: number;
  draft: TemplateDraft;
  rooms: Room[];
  /** The save's failure, to mark the rejected fields. */
  error: unknown;
  onChange: (draft: TemplateDraft) => void;
  onCopy: (to: readonly number[]) => void;
}

type Kind = 'sessions' | 'breaks';

/** One weekday of a doctor's template: its sessions (with room) and breaks, typed as times. */
export function TemplateDayRow({ weekday, draft, rooms, error, onChange, onCopy }: Props) {
  const { t } = useTranslation();
  const update = (kind: Kind, index: number, changes: Partial<PeriodDraft>): void => onChange({ ...draft, [kind]: draft[kind].map((p, i) => (i === index ? { ...p, ...changes } : p)) });
  const remove = (kind: Kind, index: number): void => onChange({ ...draft, [kind]: draft[kind].filter((_, i) => i !== index) });
  const add = (kind: Kind): void => {
    const last = draft[kind].filter((p) => p.weekday === weekday).at(-1);
    const period = kind === 'sessions' ? { start: last?.end ?? '09:00', end: '', roomId: last?.roomId ?? '', label: '' } : { start: '13:00', end: '14:00', roomId: '', label: t('appointments.templates.lunch') };
    onChange({ ...draft, [kind]: [...draft[kind], { weekday, ...period }] });
  };
  // Copying is offered from a day that has hours to copy.
  const working = draft.sessions.some((p) => p.weekday === weekday);
  const periods = (kind: Kind) =>
    draft[kind]
      .map((period, index) => ({ period, index }))
      .filter(({ period }) => period.weekday === weekday)
      .map(({ period, index }) => (
        <Stack key={`${kind}-${index}`} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          {(['start', 'end'] as const).map((edge) => (
            <TextField
              key={edge}
              size="small"
              label={t(`appointments.templates.${edge}`)}
              value={period[edge]}
              error={fieldRejected(error, `${kind}.${index}.${edge}`)}
              onChange={(e) => update(kind, index, { [edge]: e.target.value })}
              onBlur={(e) => update(kind, index, { [edge]: normaliseClockTime(e.target.value) })}
              sx={{ width: 92 }}
              slotProps={{ htmlInput: { placeholder: 'HH:MM', 'data-testid': `template-${kind}-${edge}-${index}` } }}
            />
          ))}
          {kind === 'sessions' ? (
            <TextField select size="small" label={t('appointments.templates.room')} value={period.roomId} onChange={(e) => update(kind, index, { roomId: e.target.value })} sx={{ width: 180 }} slotProps={{ select: { SelectDisplayProps: { 'data-testid': `template-sessions-room-${index}` } as object } }}>
              <MenuItem value="">{t('common.none')}</MenuItem>
              {rooms.map((room) => (
                <MenuItem key={room.id} value={room.id}>
                  {room.code} · {room.name}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <TextField size="small" label={t('appointments.templates.breakLabel')} value={period.label} onChange={(e) => update(kind, index, { label: e.target.value })} sx={{ width: 180 }} slotProps={{ htmlInput: { maxLength: 40 } }} />
          )}
          <IconButton size="small" onClick={() => remove(kind, index)} aria-label={t('appointments.remove')}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Stack>
      ));

  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider' }} data-testid={`template-day-${weekday}`}>
      <Typography sx={{ width: 110, fontWeight: 600, pt: 1 }}>{weekdayName(t, weekday)}</Typography>
      <Stack spacing={1} sx={{ flex: 1 }}>
        {periods('sessions')}
        {periods('breaks')}
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button size="small" startIcon={<AddIcon />} onClick={() => add('sessions')} data-testid={`template-add-session-${weekday}`}>
            {t('appointments.templates.addSession')}
          </Button>
          <Button size="small" startIcon={<AddIcon />} onClick={() => add('breaks')} data-testid={`template-add-break-${weekday}`}>
            {t('appointments.templates.addBreak')}
          </Button>
          {working && (
            <>
              <Button size="small" onClick={() => onCopy(MONDAY_TO_FRIDAY)} data-testid={`template-copy-weekdays-${weekday}`}>
                {t('appointments.templates.copyWeekdays')}
              </Button>
              <Button size="small" onClick={() => onCopy(WEEKDAYS)} data-testid={`template-copy-all-${weekday}`}>
                {t('appointments.templates.copyAll')}
              </Button>
            </>
          )}
        </Stack>
      </Stack>
    </Stack>
  );
}
