import { Button, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { VisitHistoryItem } from '../../../shared/schemas/queue';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useCan } from '../../session/session-context';

/**
 * Every visit the patient has had, newest first, 20 at a time with "Show more". A check-in
 * anywhere is a queue change, so the live updates refetch the pages already shown.
 */
export function PatientVisits({ patientId }: { patientId: string }) {
  return useCan('patients.view') ? <VisitsTable patientId={patientId} /> : null;
}

function VisitsTable({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const visits = useInfiniteQuery(trpc.queue.visitsForPatient.infiniteQueryOptions({ patientId }, { getNextPageParam: (page) => page.nextCursor }));
  const rows = visits.data?.pages.flatMap((page) => page.visits) ?? [];
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="patient-visits">
      <Stack spacing={1}>
        <Typography variant="subtitle2">{t('patientRecord.visits.title')}</Typography>
        <ErrorAlert error={visits.error} />
        {visits.isSuccess && rows.length === 0 && <Typography color="text.secondary">{t('patientRecord.visits.none')}</Typography>}
        {rows.length > 0 && (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('patientRecord.visits.when')}</TableCell>
                <TableCell>{t('patientRecord.visits.ticket')}</TableCell>
                <TableCell>{t('patientRecord.visits.complaint')}</TableCell>
                <TableCell>{t('patientRecord.visits.priority')}</TableCell>
                <TableCell>{t('patientRecord.visits.status')}</TableCell>
                <TableCell>{t('patientRecord.visits.route')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((visit) => (
                <VisitRow key={visit.visitId} visit={visit} viewedPatientId={patientId} />
              ))}
            </TableBody>
          </Table>
        )}
        {visits.hasNextPage && (
          <Button onClick={() => void visits.fetchNextPage()} disabled={visits.isFetchingNextPage} sx={{ alignSelf: 'flex-start' }} data-testid="patient-visits-more">
            {t('patientRecord.visits.showMore')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

function VisitRow({ visit, viewedPatientId }: { visit: VisitHistoryItem; viewedPatientId: string }) {
  const { t } = useTranslation();
  const route = visit.steps.map((step) => `${step.roomName} (${t(`patientRecord.visits.steps.${step.status}`)})`).join(' → ');
  return (
    <TableRow data-testid="patient-visit">
      <TableCell>
        {`${visit.clinicDate} ${visit.checkedInTime}`}
        {/* A visit of a duplicate merged into this record says which record it was recorded under. */}
        {visit.patientId !== viewedPatientId && (
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            {t('patientRecord.visits.fromMerged', { mrn: visit.mrn })}
          </Typography>
        )}
      </TableCell>
      <TableCell>{visit.ticketNo}</TableCell>
      <TableCell>{visit.chiefComplaint || t('common.none')}</TableCell>
      <TableCell>
        {t(`queue.priorities.${visit.priority}`)}
        {visit.emergencyReason && (
          <Typography variant="caption" color="error" sx={{ display: 'block' }}>
            {t('patientRecord.visits.emergencyReason', { reason: visit.emergencyReason })}
          </Typography>
        )}
      </TableCell>
      <TableCell>{t(`patientRecord.visits.statuses.${visit.status}`)}</TableCell>
      <TableCell>{route}</TableCell>
    </TableRow>
  );
}
