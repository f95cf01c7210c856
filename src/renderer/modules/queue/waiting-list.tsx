import PrintIcon from '@mui/icons-material/Print';
import { Button, Chip, IconButton, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Priority, QueueEntryView } from '../../../shared/schemas/queue';
import type { EntryAction } from './entry-action-dialog';
import type { QueueActions } from './use-queue-actions';

const PRIORITY_COLOUR: Record<Priority, 'default' | 'info' | 'warning' | 'error'> = { normal: 'default', elderly: 'info', urgent: 'warning', emergency: 'error' };

interface Props {
  waiting: QueueEntryView[];
  actions: QueueActions;
  onAction: (action: EntryAction, entry: QueueEntryView) => void;
  onReprint: (entry: QueueEntryView) => void;
}

/** The room's pending tickets in the order Call next will take them, with how long each has waited. */
export function WaitingList({ waiting, actions, onAction, onReprint }: Props) {
  const { t } = useTranslation();
  if (waiting.length === 0) return <Typography color="text.secondary">{t('queue.empty')}</Typography>;
  return (
    <Paper variant="outlined">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('queue.position')}</TableCell>
            <TableCell>{t('queue.ticket')}</TableCell>
            <TableCell>{t('queue.patient')}</TableCell>
            <TableCell>{t('queue.complaint')}</TableCell>
            <TableCell align="right">⏱</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {waiting.map((entry) => (
            <TableRow key={entry.entryId} data-testid={`queue-ticket-${entry.ticketNo}`}>
              <TableCell>{entry.position}</TableCell>
              <TableCell>
                <strong>{entry.ticketNo}</strong>{' '}
                {entry.priority !== 'normal' && <Chip size="small" color={PRIORITY_COLOUR[entry.priority]} label={t(`queue.priorities.${entry.priority}`)} />}
                {entry.skipReturnsAfter !== null && (
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    {t('queue.skippedBack', { count: entry.skipReturnsAfter })}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                {entry.patientName}
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {entry.mrn}
                </Typography>
              </TableCell>
              <TableCell>{entry.chiefComplaint}</TableCell>
              <TableCell align="right">{t('queue.waited', { count: entry.waitingMinutes })}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <Button size="small" color="error" onClick={() => onAction('jump', entry)}>
                  {t('queue.jump')}
                </Button>
                <Button size="small" onClick={() => onAction('transfer', entry)}>
                  {t('queue.transfer')}
                </Button>
                <Button size="small" color="warning" onClick={() => actions.noShow.mutate({ entryId: entry.entryId })}>
                  {t('queue.noShow')}
                </Button>
                <IconButton size="small" aria-label={t('printing.reprintTicket')} title={t('printing.reprintTicket')} onClick={() => onReprint(entry)} data-testid={`queue-reprint-${entry.ticketNo}`}>
                  <PrintIcon fontSize="small" />
                </IconButton>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
