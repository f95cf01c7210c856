import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { QueueEntryView } from '../../../shared/schemas/queue';
import { useSession } from '../../session/session-context';
import { BookFollowUpButton } from '../appointments/book-follow-up-button';
import type { EntryAction } from './entry-action-dialog';
import type { QueueActions } from './use-queue-actions';

interface Props {
  roomId: string;
  current: QueueEntryView | null;
  actions: QueueActions;
  onAction: (action: EntryAction, entry: QueueEntryView) => void;
  onReprint: (entry: QueueEntryView) => void;
  onNoShow: (entry: QueueEntryView) => void;
}

/** The ticket with the doctor now, and what can be done next: the doctor's main panel. */
export function CurrentTicket({ roomId, current, actions, onAction, onReprint, onNoShow }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  // A doctor booking from their own queue usually means "see me again".
  const followUpDoctorId = user.roles.includes('doctor') ? user.id : undefined;
  return (
    <Card variant="outlined" data-testid="queue-current">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="overline">{t('queue.nowServing')}</Typography>
          {current ? (
            <div>
              <Typography variant="h2" component="p" sx={{ fontWeight: 700 }} data-testid="queue-current-ticket">
                {current.ticketNo}
              </Typography>
              <Typography variant="h6">
                {current.mrn} · {current.patientName}
              </Typography>
              <Typography color="text.secondary">
                {current.chiefComplaint} · {t(`queue.priorities.${current.priority}`)} · {t('queue.calledTimes', { count: current.calledCount })}
              </Typography>
            </div>
          ) : (
            <Typography color="text.secondary">{t('queue.nobodyCalled')}</Typography>
          )}
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            <Button variant="contained" size="large" disabled={actions.callNext.isPending} onClick={() => actions.callNext.mutate({ roomId })} data-testid="queue-call-next" title="N">
              {t('queue.callNext')}
            </Button>
            <Button variant="outlined" disabled={!current} onClick={() => actions.recall.mutate({ roomId })} data-testid="queue-recall" title="R">
              {t('queue.recall')}
            </Button>
            {current && (
              <>
                <Button onClick={() => actions.complete.mutate({ entryId: current.entryId })} data-testid="queue-done">
                  {t('queue.done')}
                </Button>
                <Button onClick={() => onAction('transfer', current)} data-testid="queue-transfer">
                  {t('queue.transfer')}
                </Button>
                <Button onClick={() => onAction('skip', current)} data-testid="queue-skip">
                  {t('queue.skip')}
                </Button>
                <Button color="warning" onClick={() => onNoShow(current)} data-testid="queue-no-show">
                  {t('queue.noShow')}
                </Button>
                <Button onClick={() => onReprint(current)} data-testid="queue-reprint-current">
                  {t('printing.reprintTicket')}
                </Button>
                <BookFollowUpButton visitId={current.visitId} patientId={current.patientId} doctorId={followUpDoctorId} />
              </>
            )}
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
}
