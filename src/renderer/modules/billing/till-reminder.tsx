import { Alert, Button } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/client';

/** Money is taken only in an open till session: the counter says so before the cashier reaches the payment. */
export function TillReminder() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const session = useQuery(trpc.till.mySession.queryOptions());
  if (session.data !== null) return null;
  return (
    <Alert
      severity="info"
      data-testid="till-reminder"
      action={
        <Button component={Link} to="/till" size="small">
          {t('billing.openTill')}
        </Button>
      }
    >
      {t('billing.tillNotOpen')}
    </Alert>
  );
}
