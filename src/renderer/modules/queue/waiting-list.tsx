import { Chip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Priority, QueueEntryView } from '../../../shared/schemas/queue';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import type { EntryAction } from './entry-action-dialog';
import { TicketRowActions } from './ticket-row-actions';

/** A ticket's priority as a chip colour, wherever the queue or the doctor's room shows it. */
export const PRIORITY_COLOUR: Record<Priority, 'default' | 'info' | 'warning' | 'error'> = { normal: 'default', elderly: 'info', urgent: 'warning', emergency: 'error' };

interface Props {
  waiting: QueueEntryView[];
  onAction: (action: EntryAction, entry: QueueEntryView) => void;
  onReprint: (entry: QueueEntryView) => void;
  onNoShow: (entry: QueueEntryView) => void;
  /** The nurse records vitals before the doctor calls; absent for users who may not. */
  onVitals?: (entry: QueueEntryView) => void;
}

/** The room's pending tickets in the order Call next will take them, with how long each has waited. */
export function WaitingList({ waiting, onAction, onReprint, onNoShow, onVitals }: Props) {
  const { t } = useTranslation();
  const columns: DataColumn<QueueEntryView>[] = [
    { key: 'position', header: t('queue.position'), cell: (entry) => entry.position },
    {
      key: 'ticket',
      header: t('queue.ticket'),
      cell: (entry) => (
        <>
          <strong>{entry.ticketNo}</strong>{' '}
          {entry.priority !== 'normal' && <Chip size="small" color={PRIORITY_COLOUR[entry.priority]} label={t(`queue.priorities.${entry.priority}`)} />}
          {entry.skipReturnsAfter !== null && (
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
              {t('queue.skippedBack', { count: entry.skipReturnsAfter })}
            </Typography>
          )}
        </>
      ),
    },
    {
      key: 'patient',
      header: t('queue.patient'),
      // A long name keeps several words a line rather than giving its room to the complaint.
      width: '35%',
      cell: (entry) => (
        <>
          {entry.patientName}
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            {entry.mrn}
          </Typography>
        </>
      ),
    },
    { key: 'complaint', header: t('queue.complaint'), cell: (entry) => entry.chiefComplaint },
    { key: 'waited', header: t('queue.waitedHeader'), align: 'right', nowrap: true, cell: (entry) => t('queue.waited', { count: entry.waitingMinutes }) },
    {
      key: 'actions',
      align: 'right',
      nowrap: true,
      cell: (entry) => (
        <TicketRowActions
          entry={entry}
          onJump={() => onAction('jump', entry)}
          onTransfer={() => onAction('transfer', entry)}
          onNoShow={() => onNoShow(entry)}
          onReprint={() => onReprint(entry)}
          onVitals={onVitals && (() => onVitals(entry))}
        />
      ),
    },
  ];
  // The order is Call next's: sorting it another way would hide which ticket comes next.
  return <DataTable columns={columns} rows={waiting} rowKey={(entry) => entry.entryId} rowTestId={(entry) => `queue-ticket-${entry.ticketNo}`} emptyText={t('queue.empty')} />;
}
