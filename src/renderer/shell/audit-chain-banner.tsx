import { Alert, AlertTitle, Button } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useTRPC } from '../api/client';
import { useClinicDates } from '../format/use-clinic-clock';

/**
 * Red, on every screen of a user who may see the audit log, for as long as a check of the
 * audit chain has failed (the hub checks at start and daily, and tells screens at once).
 */
export function AuditChainBanner() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dates = useClinicDates();
  const health = useQuery({ ...trpc.audit.health.queryOptions(), refetchInterval: 60_000 });
  const failure = health.data?.failure;
  if (!failure || failure.result.ok) return null;
  const { brokenAtSeq, problem } = failure.result;
  return (
    <Alert
      severity="error"
      variant="filled"
      role="alert"
      data-testid="audit-chain-banner"
      sx={{ mb: 2 }}
      action={
        <Button color="inherit" size="small" component={NavLink} to="/audit" sx={{ whiteSpace: 'nowrap' }}>
          {t('audit.banner.open')}
        </Button>
      }
    >
      <AlertTitle>{t('audit.banner.title')}</AlertTitle>
      {t('audit.banner.body', { seq: brokenAtSeq, problem: t(`audit.problem.${problem}`), when: dates.dateTime(failure.at) })}{' '}
      {t('audit.banner.whatToDo')}
    </Alert>
  );
}
