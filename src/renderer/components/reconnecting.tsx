import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLinkState } from '../api/use-link-state';
import { useNow } from '../format/use-clinic-clock';

/** "Reconnecting… (next try in 8 s)", counting down each second to `nextTryAt` (ms since 1970). */
export function useReconnectingWords(nextTryAt: number | null): string {
  const { t } = useTranslation();
  const now = useNow(1000).getTime();
  const seconds = nextTryAt === null ? 0 : Math.ceil((nextTryAt - now) / 1000);
  return seconds > 0 ? t('components.connection.reconnectingIn', { seconds }) : t('components.connection.reconnecting');
}

function ReconnectingAlert({ nextTryAt }: { nextTryAt: number | null }) {
  const words = useReconnectingWords(nextTryAt);
  return (
    <Alert severity="warning" role="status" data-testid="connection-lost" sx={{ position: 'fixed', top: 8, left: '50%', transform: 'translateX(-50%)', zIndex: 'snackbar', boxShadow: 3 }}>
      {words}
    </Alert>
  );
}

/** Over every staff screen while the hub cannot be reached: what happened and when the next try is. */
export function ConnectionLostBanner() {
  const link = useLinkState();
  return link.kind === 'down' ? <ReconnectingAlert nextTryAt={link.nextTryAt} /> : null;
}
