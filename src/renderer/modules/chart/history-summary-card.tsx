import { Alert, Button, Stack, Typography } from '@mui/material';
import AutoAwesomeIcon from '@mui/icons-material/AutoAwesome';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedHistorySummary } from '../../../shared/schemas/history-summary';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicDates } from '../../format/use-clinic-clock';
import { SectionFrame, useChartEditable, type ChartSectionProps } from './chart-section';
import { HistorySummaryDraft } from './history-summary-draft';
import { StatementsBySection } from './summary-statements';
import { SummarySources } from './summary-sources';

/**
 * The patient's medical history summary: the one accepted last, view-only, every statement
 * linked to where it came from, marked out of date once a visit followed it; a new draft (the
 * model's, or the record's own with AI off) to review and accept in its place.
 */
export function HistorySummaryCard({ patientId, readOnly }: ChartSectionProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const editable = useChartEditable(readOnly);
  const view = useQuery(trpc.chart.historySummary.queryOptions({ patientId }));
  const draft = useMutation(trpc.ai.summary.draft.mutationOptions());
  const [showEarlier, setShowEarlier] = useState(false);
  const current = view.data?.current ?? null;
  const earlier = view.data?.earlier ?? [];
  return (
    <SectionFrame title={t('chart.summary.title')} testId="history-summary">
      <ErrorAlert error={view.error ?? draft.error} />
      {draft.data ? (
        <HistorySummaryDraft patientId={patientId} draft={draft.data} onDone={() => draft.reset()} />
      ) : (
        <>
          {view.data?.outOfDate && (
            <Alert severity="warning" data-testid="history-summary-out-of-date">
              {t('chart.summary.outOfDate')}
            </Alert>
          )}
          {current ? <SavedSummary summary={current} /> : view.data && <Typography color="text.secondary">{t('chart.summary.none')}</Typography>}
          {editable && (
            <Button startIcon={<AutoAwesomeIcon />} sx={{ alignSelf: 'flex-start' }} disabled={draft.isPending} onClick={() => draft.mutate({ patientId })} data-testid="history-summary-draft-open">
              {draft.isPending ? t('chart.summary.drafting') : t('chart.summary.draft')}
            </Button>
          )}
          {earlier.length > 0 && (
            <Button size="small" sx={{ alignSelf: 'flex-start' }} onClick={() => setShowEarlier((shown) => !shown)} data-testid="history-summary-earlier-toggle">
              {showEarlier ? t('chart.summary.hideEarlier') : t('chart.summary.showEarlier', { count: earlier.length })}
            </Button>
          )}
          {showEarlier && earlier.map((summary) => <SavedSummary key={summary.id} summary={summary} />)}
        </>
      )}
    </SectionFrame>
  );
}

function SavedSummary({ summary }: { summary: SavedHistorySummary }) {
  const { t } = useTranslation();
  const dates = useClinicDates();
  const when = dates.dateTime(summary.acceptedAt);
  const origin = [
    summary.acceptedByName ? t('chart.summary.acceptedBy', { name: summary.acceptedByName, when }) : t('chart.summary.acceptedAt', { when }),
    t(summary.fromModel ? 'chart.summary.fromModel' : 'chart.summary.fromRecord'),
    ...(summary.edited ? [t('chart.summary.edited')] : []),
    ...(summary.supersededAt ? [t('chart.summary.replaced', { when: dates.dateTime(summary.supersededAt) })] : []),
  ];
  return (
    <Stack spacing={1} sx={{ opacity: summary.supersededAt ? 0.7 : 1 }} data-testid={summary.supersededAt ? 'history-summary-earlier' : 'history-summary-current'}>
      <StatementsBySection
        statements={summary.statements}
        render={(statement, index) => (
          <Stack key={index} data-testid="summary-statement">
            <Typography variant="body2">{statement.text}</Typography>
            <SummarySources sources={statement.sources} />
          </Stack>
        )}
      />
      <Typography variant="caption" color="text.secondary">
        {origin.join(' · ')}
      </Typography>
    </Stack>
  );
}
