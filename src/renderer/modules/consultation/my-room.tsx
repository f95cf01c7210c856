import { Button, Card, CardContent, List, ListItemButton, ListItemText, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { typingIn } from '../../components/typing-in';
import { useQueueActions } from '../queue/use-queue-actions';
import { useQueueRoom } from '../queue/use-queue-room';

interface Props {
  openVisitId: string | null;
  onOpen: (visitId: string) => void;
}

/** The doctor's own queue: who is with them now, who waits and for how long; Call next (N) opens the called patient's visit. */
export function MyRoom({ openVisitId, onOpen }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { active, room, choose } = useQueueRoom();
  const list = useQuery({ ...trpc.queue.list.queryOptions({ roomId: room?.id ?? '' }), enabled: room !== undefined, refetchInterval: 60_000 });
  const actions = useQueueActions();
  const callNext = actions.callNext;

  useEffect(() => {
    if (!room) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (typingIn(event.target) || event.ctrlKey || event.altKey || event.metaKey || callNext.isPending) return;
      if (event.key === 'n' || event.key === 'N') callNext.mutate({ roomId: room.id }, { onSuccess: (called) => onOpen(called.visitId) });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [room, callNext, onOpen]);

  const current = list.data?.current ?? null;
  return (
    <Card variant="outlined" data-testid="my-room">
      <CardContent>
        <Stack spacing={1.5}>
          <Typography variant="overline">{t('consultation.myRoom')}</Typography>
          {room && (
            <TextField select size="small" label={t('queue.room')} value={room.id} onChange={(e) => choose(e.target.value)} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'my-room-choice' } as object } }}>
              {active.map((r) => (
                <MenuItem key={r.id} value={r.id} data-testid={`my-room-${r.code}`}>
                  {r.code} · {r.name}
                </MenuItem>
              ))}
            </TextField>
          )}
          <ErrorAlert error={list.error ?? callNext.error} />
          <Button
            variant="contained"
            size="large"
            disabled={!room || callNext.isPending}
            onClick={() => room && callNext.mutate({ roomId: room.id }, { onSuccess: (called) => onOpen(called.visitId) })}
            title={t('consultation.callNextHint')}
            data-testid="my-room-call-next"
          >
            {t('queue.callNext')}
          </Button>
          {current && (
            <ListItemButton selected={current.visitId === openVisitId} onClick={() => onOpen(current.visitId)} data-testid="my-room-current">
              <ListItemText primary={`${current.ticketNo} · ${current.patientName}`} secondary={`${t('consultation.inRoom')} · ${current.chiefComplaint}`} />
            </ListItemButton>
          )}
          <Typography variant="subtitle2">{t('consultation.waitingCount', { count: list.data?.waiting.length ?? 0 })}</Typography>
          <List dense disablePadding>
            {(list.data?.waiting ?? []).map((entry) => (
              <ListItemButton key={entry.entryId} selected={entry.visitId === openVisitId} onClick={() => onOpen(entry.visitId)} data-testid={`my-room-waiting-${entry.ticketNo}`}>
                <ListItemText
                  primary={`${entry.ticketNo} · ${entry.patientName}`}
                  secondary={`${entry.chiefComplaint || '—'} · ${t('queue.waited', { count: entry.waitingMinutes })}${entry.priority !== 'normal' ? ` · ${t(`queue.priorities.${entry.priority}`)}` : ''}`}
                />
              </ListItemButton>
            ))}
          </List>
        </Stack>
      </CardContent>
    </Card>
  );
}
