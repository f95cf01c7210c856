import { Button } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinishedVisit } from '../../../shared/schemas/consultation';
import type { VisitSummary } from '../../../shared/schemas/queue';
import { useTRPC } from '../../api/client';
import { ConfirmDialog } from '../../components/confirm-dialog';

interface Props {
  visit: VisitSummary;
  patientName: string;
  /** Saves what is still being typed; resolves with the note's version. */
  flushNote: () => Promise<number>;
  onFinished: (finished: FinishedVisit) => void;
}

/** Signs the note and sends the patient on (Ctrl+Enter): asked once, since the note then changes only by amendment. */
export function FinishVisit({ visit, patientName, flushNote, onFinished }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [flushError, setFlushError] = useState<unknown>(null);
  const finish = useMutation(
    trpc.consultation.finish.mutationOptions({
      onSuccess: (finished) => {
        setAsking(false);
        void queryClient.invalidateQueries({ queryKey: trpc.queue.list.queryKey() });
        onFinished(finished);
      },
    }),
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        setAsking(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const confirm = async (): Promise<void> => {
    setFlushError(null);
    try {
      const version = await flushNote();
      finish.mutate({ visitId: visit.id, version });
    } catch (error) {
      setFlushError(error);
    }
  };

  return (
    <>
      <Button variant="contained" color="success" size="large" onClick={() => setAsking(true)} title="Ctrl+Enter" data-testid="finish-visit">
        {t('consultation.finish')}
      </Button>
      {asking && (
        <ConfirmDialog
          title={t('consultation.finish')}
          confirmLabel={t('consultation.finish')}
          testId="finish-ask"
          pending={finish.isPending}
          error={finish.error ?? flushError}
          onConfirm={() => void confirm()}
          onClose={() => setAsking(false)}
        >
          {t('consultation.finishAsk', { name: patientName, ticketNo: visit.ticketNo })}
        </ConfirmDialog>
      )}
    </>
  );
}
