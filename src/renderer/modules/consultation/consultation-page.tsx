import { Alert, Box, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { FinishedVisit } from '../../../shared/schemas/consultation';
import { ConsultationWorkspace } from './consultation-workspace';
import { MyRoom } from './my-room';

/**
 * The doctor's room: their own queue beside the visit they are seeing. The open visit is in the
 * address (`?visit=<id>`), so the patient's record or an appointment can open one here too.
 */
export function ConsultationPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const visitId = params.get('visit');
  const [finished, setFinished] = useState<FinishedVisit | null>(null);
  const open = useCallback(
    (id: string) => {
      setFinished(null);
      setParams({ visit: id });
    },
    [setParams],
  );
  const onFinished = (result: FinishedVisit): void => {
    setFinished(result);
    setParams({});
  };
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: '300px minmax(0, 1fr)' }, alignItems: 'start' }}>
      <MyRoom openVisitId={visitId} onOpen={open} />
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="h4" component="h1" sx={{ mb: 2 }}>
          {t('nav.consultation')}
        </Typography>
        {finished && (
          <Alert severity="success" onClose={() => setFinished(null)} data-testid="visit-finished" sx={{ mb: 2 }}>
            {finished.handedTo ? t('consultation.handedTo', { ticketNo: finished.ticketNo, room: finished.handedTo.roomName }) : t('consultation.ended', { ticketNo: finished.ticketNo })}
          </Alert>
        )}
        {visitId ? <ConsultationWorkspace visitId={visitId} onFinished={onFinished} /> : !finished && <Typography color="text.secondary">{t('consultation.noVisit')}</Typography>}
      </Box>
    </Box>
  );
}
