import { Button, Paper, Stack, Typography } from '@mui/material';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VisitHistoryItem } from '../../../shared/schemas/queue';
import { useTRPC } from '../../api/client';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { calendarDay } from '../../format/clinic-dates';
import { useCan } from '../../session/session-context';
import { VisitDocumentsDialog } from '../visit-documents/visit-documents-dialog';

/**
 * Every visit the patient has had, newest first, 20 at a time with "Show more". A check-in
 * anywhere is a queue change, so the live updates refetch the pages already shown.
 */
export function PatientVisits({ patientId }: { patientId: string }) {
  return useCan('patients.view') ? <VisitsTable patientId={patientId} /> : null;
}

function VisitsTable({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const visits = useInfiniteQuery(trpc.queue.visitsForPatient.infiniteQueryOptions({ patientId }, { getNextPageParam: (page) => page.nextCursor }));
  const rows = visits.data?.pages.flatMap((page) => page.visits);
  // MCs and letters are clinical documents: reception sees the visits, not what was issued in them.
  const canSeeDocuments = useCan('clinical.view');
  // The visit in the doctor's room: the note as signed (read-only) or, on an open visit, to write in.
  const canConsult = useCan('consultation.write');
  const [documentsOf, setDocumentsOf] = useState<string | null>(null);
  const columns: DataColumn<VisitHistoryItem>[] = [
    {
      key: 'when',
      header: t('patientRecord.visits.when'),
      cell: (visit) => (
        <>
          {`${calendarDay(visit.clinicDate, i18n.language, 'none')}, ${visit.checkedInTime}`}
          {/* A visit of a duplicate merged into this record says which record it was recorded under. */}
          {visit.patientId !== patientId && (
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
              {t('patientRecord.visits.fromMerged', { mrn: visit.mrn })}
            </Typography>
          )}
        </>
      ),
    },
    { key: 'ticket', header: t('patientRecord.visits.ticket'), cell: (visit) => visit.ticketNo },
    { key: 'complaint', header: t('patientRecord.visits.complaint'), cell: (visit) => visit.chiefComplaint || t('common.none') },
    {
      key: 'priority',
      header: t('patientRecord.visits.priority'),
      cell: (visit) => (
        <>
          {t(`queue.priorities.${visit.priority}`)}
          {visit.emergencyReason && (
            <Typography variant="caption" color="error" sx={{ display: 'block' }}>
              {t('patientRecord.visits.emergencyReason', { reason: visit.emergencyReason })}
            </Typography>
          )}
        </>
      ),
    },
    { key: 'status', header: t('patientRecord.visits.status'), cell: (visit) => t(`patientRecord.visits.statuses.${visit.status}`) },
    {
      key: 'route',
      header: t('patientRecord.visits.route'),
      cell: (visit) => visit.steps.map((step) => `${step.roomName} (${t(`patientRecord.visits.steps.${step.status}`)})`).join(' → '),
    },
    ...(canSeeDocuments
      ? [
          {
            key: 'documents',
            header: '',
            cell: (visit: VisitHistoryItem) => (
              <>
                <Button size="small" onClick={() => setDocumentsOf(visit.visitId)} data-testid="patient-visit-documents">
                  {t('visitDocuments.list.open')}
                </Button>
                {canConsult && (
                  <Button size="small" component={Link} to={`/consultation?visit=${visit.visitId}`} data-testid="patient-visit-consultation">
                    {t('consultation.openInRoom')}
                  </Button>
                )}
              </>
            ),
          },
        ]
      : []),
  ];
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="patient-visits">
      <Stack spacing={1}>
        <Typography variant="subtitle2">{t('patientRecord.visits.title')}</Typography>
        <ErrorAlert error={visits.error} />
        <DataTable
          columns={columns}
          rows={rows}
          rowKey={(visit) => visit.visitId}
          rowTestId={() => 'patient-visit'}
          loading={visits.isPending}
          emptyText={t('patientRecord.visits.none')}
          framed={false}
          loadMore={{ hasMore: visits.hasNextPage, pending: visits.isFetchingNextPage, onLoadMore: () => void visits.fetchNextPage(), label: t('patientRecord.visits.showMore'), testId: 'patient-visits-more' }}
        />
      </Stack>
      {documentsOf && <VisitDocumentsDialog visitId={documentsOf} onClose={() => setDocumentsOf(null)} />}
    </Paper>
  );
}
