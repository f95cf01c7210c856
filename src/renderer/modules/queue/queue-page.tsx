import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueEntryView } from '../../../shared/schemas/queue';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { typingIn } from '../../components/typing-in';
import { useCan } from '../../session/session-context';
import { VitalsDialog } from '../vitals/vitals-dialog';
import { CheckInDialog } from './check-in-dialog';
import { CurrentTicket } from './current-ticket';
import { EntryActionDialog, type EntryAction } from './entry-action-dialog';
import { NoShowWithUndo } from './no-show-with-undo';
import { TicketPrintAlert } from './ticket-print-alert';
import { usePrintTicket } from './use-print-ticket';
import { useQueueActions } from './use-queue-actions';
import { useQueueRoom } from './use-queue-room';
import { WaitingList } from './waiting-list';

/** One room's queue: check walk-ins in, call the next ticket, and move tickets along. Keys: N call next, R recall. */
export function QueuePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { rooms, active, room, choose: chooseRoom } = useQueueRoom();
  const list = useQuery({ ...trpc.queue.list.queryOptions({ roomId: room?.id ?? '' }), enabled: room !== undefined, refetchInterval: 60_000 });
  const actions = useQueueActions();
  const [checkingIn, setCheckingIn] = useState(false);
  const printing = usePrintTicket();
  // The ticket just issued, or the one being reprinted, with how its printing goes.
  const [ticket, setTicket] = useState<{ ticketNo: string; visitId: string; issued: boolean } | null>(null);
  const [dialog, setDialog] = useState<{ action: EntryAction; entry: QueueEntryView } | null>(null);
  const [askingNoShow, setAskingNoShow] = useState<QueueEntryView | null>(null);
  const [vitalsFor, setVitalsFor] = useState<QueueEntryView | null>(null);
  const canRecordVitals = useCan('consultation.write');

  const reprint = (entry: QueueEntryView): void => {
    setTicket({ ticketNo: entry.ticketNo, visitId: entry.visitId, issued: false });
    printing.print(entry.visitId);
  };

  useEffect(() => {
    if (!room) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (typingIn(event.target) || event.ctrlKey || event.altKey || event.metaKey || checkingIn || dialog || askingNoShow || vitalsFor) return;
      if (event.key === 'n' || event.key === 'N') actions.callNext.mutate({ roomId: room.id });
      else if (event.key === 'r' || event.key === 'R') actions.recall.mutate({ roomId: room.id });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [room, actions.callNext, actions.recall, checkingIn, dialog, askingNoShow, vitalsFor]);

  const failure = Object.values(actions).find((mutation) => mutation.error && !dialog && !askingNoShow)?.error;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h4" component="h1" sx={{ flex: 1 }}>
          {t('nav.queue')}
        </Typography>
        {room && (
          <TextField select size="small" label={t('queue.room')} value={room.id} onChange={(e) => chooseRoom(e.target.value)} sx={{ minWidth: 220 }} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'queue-room' } as object } }}>
            {active.map((r) => (
              <MenuItem key={r.id} value={r.id} data-testid={`queue-room-${r.code}`}>
                {r.code} · {r.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        <Button variant="contained" disabled={!room} onClick={() => setCheckingIn(true)} data-testid="queue-checkin">
          {t('queue.checkIn')}
        </Button>
      </Stack>
      <ErrorAlert error={rooms.error ?? list.error ?? failure} />
      {rooms.data && active.length === 0 && <Alert severity="info">{t('queue.noRooms')}</Alert>}
      {ticket && (
        <TicketPrintAlert
          {...ticket}
          printing={printing}
          onClose={() => {
            setTicket(null);
            printing.reset();
          }}
        />
      )}
      {room && list.data && (
        // Side by side only on a wide screen: on a 1280–1366 laptop the list needs the whole width.
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', xl: '380px minmax(0, 1fr)' }, alignItems: 'start' }}>
          <CurrentTicket roomId={room.id} current={list.data.current} actions={actions} onAction={(action, entry) => setDialog({ action, entry })} onReprint={reprint} onNoShow={setAskingNoShow} />
          <Stack spacing={1}>
            <Typography variant="h6" component="h2">
              {t('queue.waiting', { count: list.data.waiting.length })}
            </Typography>
            <Typography variant="caption" color="text.secondary" data-testid="queue-call-order">
              {t('queue.callOrder')}
            </Typography>
            <WaitingList waiting={list.data.waiting} onAction={(action, entry) => setDialog({ action, entry })} onReprint={reprint} onNoShow={setAskingNoShow} onVitals={canRecordVitals ? setVitalsFor : undefined} />
          </Stack>
        </Box>
      )}
      {checkingIn && room && (
        <CheckInDialog
          rooms={active}
          roomId={room.id}
          printing={printing}
          onClose={() => setCheckingIn(false)}
          onIssued={(checkIn) => {
            setCheckingIn(false);
            // The new ticket is shown in the list it went to.
            if (checkIn.roomId !== room.id) chooseRoom(checkIn.roomId);
            setTicket({ ticketNo: checkIn.ticketNo, visitId: checkIn.visitId, issued: true });
          }}
        />
      )}
      <NoShowWithUndo asking={askingNoShow} actions={actions} onAsked={() => setAskingNoShow(null)} />
      {vitalsFor && <VitalsDialog visitId={vitalsFor.visitId} patientId={vitalsFor.patientId} title={{ name: vitalsFor.patientName, ticketNo: vitalsFor.ticketNo }} onClose={() => setVitalsFor(null)} />}
      {dialog && <EntryActionDialog action={dialog.action} entry={dialog.entry} rooms={active} actions={actions} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
