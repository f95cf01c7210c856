import { Link as MuiLink, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SummarySource } from '../../../shared/schemas/history-summary';
import { calendarDay } from '../../format/clinic-dates';
import { useCan } from '../../session/session-context';

/** Where the patient's allergy list is shown on the record, for an allergy source to scroll to. */
const ALLERGY_LIST = '[data-testid="patient-allergies"]';

/**
 * The records a statement came from, each a link: a visit (or the visit of a prescription or
 * recording) opens in the doctor's room, read-only once signed; an allergy scrolls to the list.
 */
export function SummarySources({ sources }: { sources: readonly SummarySource[] }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'baseline' }} data-testid="summary-sources">
      <Typography variant="caption" color="text.secondary">
        {t('chart.summary.from')}
      </Typography>
      {sources.map((source) => (
        <SourceLink key={`${source.kind}:${source.id}`} source={source} />
      ))}
    </Stack>
  );
}

function SourceLink({ source }: { source: SummarySource }) {
  const { t, i18n } = useTranslation();
  const canOpenVisit = useCan('consultation.write');
  const date = source.date ? calendarDay(source.date, i18n.language, 'none') : '';
  const label = source.kind === 'allergy' ? t('chart.summary.sources.allergy', { name: source.id }) : t(`chart.summary.sources.${source.kind}`, { date });
  const testId = `summary-source-${source.kind}`;
  if (source.kind === 'allergy') {
    const scroll = () => document.querySelector(ALLERGY_LIST)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    return (
      <MuiLink component="button" type="button" variant="caption" onClick={scroll} data-testid={testId} data-source-id={source.id}>
        {label}
      </MuiLink>
    );
  }
  if (source.visitId && canOpenVisit) {
    return (
      <MuiLink component={Link} to={`/consultation?visit=${source.visitId}`} variant="caption" data-testid={testId} data-source-id={source.id}>
        {label}
      </MuiLink>
    );
  }
  return (
    <Typography variant="caption" data-testid={testId} data-source-id={source.id}>
      {label}
    </Typography>
  );
}
