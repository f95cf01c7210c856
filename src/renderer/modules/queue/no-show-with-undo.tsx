import { useTranslation } from 'react-i18next';
import { NO_SHOW_UNDO_MINUTES, type QueueEntryView } from '../../../shared/schemas/queue';
import { ConfirmThenUndo } from '../../components/confirm-then-undo';
import type { QueueActions } from './use-queue-actions';

interface Props {
  /** The ticket the desk pressed No-show on, to be confirmed; null when nobody is being asked about. */
  asking: QueueEntryView | null;
  actions: QueueActions;
  onAsked: () => void;
}

/** No-show asks first, naming patient and ticket; once marked, it can be undone for the hub's undo window. */
export function NoShowWithUndo({ asking, actions, onAsked }: Props) {
  const { t } = useTranslation();
  const { noShow, undoNoShow } = actions;
  return (
    <ConfirmThenUndo
      asking={asking}
      words={(entry) => ({
        title: t('queue.noShowTitle', { ticketNo: entry.ticketNo }),
        question: t('queue.noShowAsk', { name: entry.patientName, ticketNo: entry.ticketNo, minutes: NO_SHOW_UNDO_MINUTES }),
        done: t('queue.noShowMarked', { ticketNo: entry.ticketNo }),
      })}
      confirmLabel={t('queue.noShow')}
      testId="queue-no-show-ask"
      color="warning"
      act={{ ...noShow, run: (entry, done) => noShow.mutate({ entryId: entry.entryId }, { onSuccess: done }) }}
      undo={{ isPending: undoNoShow.isPending, run: (entry, done) => undoNoShow.mutate({ entryId: entry.entryId }, { onSettled: done }) }}
      onAsked={onAsked}
    />
  );
}
