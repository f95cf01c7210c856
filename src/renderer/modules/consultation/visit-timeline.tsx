import { Dialog, DialogActions, DialogContent, DialogTitle, Button, Typography } from '@mui/material';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineVisit } from '../../../shared/schemas/consultation';
import { useTRPC } from '../../api/client';
import { DataTable, type DataColumn } from '../../components/data-table/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { calendarDay } from '../../format/clinic-dates';
import { SignedNote } from './signed-note';

/** The patient's visits, newest first, a page at a time; any past visit opens read-only with one click or Enter. */
export function VisitTimeline({ patientId, currentVisitId }: { patientId: string; currentVisitId?: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [opened, setOpened] = useState<TimelineVisit | null>(null);
  const pages = useInfiniteQuery(trpc.consultation.timeline.infiniteQueryOptions({ patientId, limit: 10 }, { getNextPageParam: (page) => page.nextCursor }));
  const rows = pages.data?.pages.flatMap((page) => page.visits).filter((visit) => visit.visitId !== currentVisitId);
  const columns: DataColumn<TimelineVisit>[] = [
    { key: 'date', header: t('consultation.timeline'), nowrap: true, cell: (visit) => calendarDay(visit.clinicDate, i18n.language, 'none') },
    { key: 'doctor', header: '', cell: (visit) => visit.doctorName ?? '—' },
    {
      key: 'what',
      header: '',
      width: '55%',
      cell: (visit) => (
        <>
          {visit.chiefComplaint || '—'}
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            {visit.diagnoses.length > 0 ? visit.diagnoses.map((d) => `${d.code} ${d.description}`).join('; ') : t(visit.encounterStatus === 'draft' ? 'consultation.draft' : 'consultation.noNote')}
            {visit.patientId !== patientId && ` · ${t('consultation.mergedFrom', { mrn: visit.mrn })}`}
          </Typography>
        </>
      ),
    },
  ];
  return (
    <>
      <ErrorAlert error={pages.error} />
      <DataTable
        columns={columns}
        rows={rows}
        rowKey={(visit) => visit.visitId}
        rowTestId={(visit) => `timeline-${visit.clinicDate}`}
        showHeader={false}
        emptyText={t('consultation.noPastVisits')}
        onRowActivate={setOpened}
        loadMore={{ hasMore: pages.hasNextPage, pending: pages.isFetchingNextPage, onLoadMore: () => void pages.fetchNextPage() }}
      />
      {opened && <PastVisitDialog visit={opened} onClose={() => setOpened(null)} />}
    </>
  );
}

function PastVisitDialog({ visit, onClose }: { visit: TimelineVisit; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const record = useQuery(trpc.consultation.visit.queryOptions({ visitId: visit.visitId }));
  const encounter = record.data?.encounter;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="past-visit">
      <DialogTitle>
        {calendarDay(visit.clinicDate, i18n.language)} · {visit.doctorName ?? '—'}
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {t('consultation.readOnly')} · {visit.chiefComplaint}
        </Typography>
      </DialogTitle>
      <DialogContent>
        <ErrorAlert error={record.error} />
        {visit.diagnoses.map((d) => (
          <Typography key={d.code}>
            <strong>{d.code}</strong> {d.description}
          </Typography>
        ))}
        {encounter ? <SignedNote encounter={encounter} canAmend={false} /> : record.data && <Typography color="text.secondary">{t('consultation.noNote')}</Typography>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('consultation.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
