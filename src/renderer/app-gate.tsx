import { Alert, Box, Button, CircularProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { SetupStatus } from '../shared/schemas/setup';
import { useTRPC } from './api/client';
import { ConnectionLostBanner } from './components/reconnecting';
import { ChangePasswordScreen } from './auth/change-password-screen';
import { LoginScreen } from './auth/login-screen';
import { DisplayPage } from './modules/display/display-page';
import { LockScreen } from './session/lock-screen';
import { RecoveryScreen } from './setup/recovery-screen';
import { SetupWizard } from './setup/setup-wizard';
import { AppShell } from './shell/app-shell';
import { describeError } from './i18n/describe-error';

function Waiting() {
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <CircularProgress />
    </Box>
  );
}

/** Which screen the hub's state calls for: the waiting-room display (no sign-in), set-up, recovery, sign-in, or the app. */
export function AppGate() {
  const { pathname } = useLocation();
  if (pathname === '/display') return <DisplayPage />;
  return (
    <>
      <ConnectionLostBanner />
      <StoreGate />
    </>
  );
}

function StoreGate() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const status = useQuery(trpc.setup.status.queryOptions());
  // The hub reports an open store as soon as set-up has made it; any refetch of the status then
  // (the clinic clock reads it too) must not take the recovery code off the screen before it is kept.
  const [keepWizard, setKeepWizard] = useState(false);
  if (status.error) {
    return (
      <Box sx={{ p: 4 }}>
        <Alert severity="error" action={<Button onClick={() => void status.refetch()}>{t('common.continue')}</Button>}>
          {describeError(status.error, t)}
        </Alert>
      </Box>
    );
  }
  if (!status.data) return <Waiting />;
  if (status.data.state === 'needs-setup' || keepWizard) {
    return <SetupWizard onStoreCreated={() => setKeepWizard(true)} onFinished={() => setKeepWizard(false)} />;
  }
  if (status.data.state === 'needs-recovery') return <RecoveryScreen status={status.data} />;
  return <SessionGate status={status.data} />;
}

function SessionGate({ status }: { status: SetupStatus }) {
  const trpc = useTRPC();
  const session = useQuery({ ...trpc.auth.session.queryOptions(), staleTime: Infinity });
  if (session.isPending) return <Waiting />;
  if (!session.data) return <LoginScreen clinicName={status.clinicName} />;
  if (session.data.locked) return <LockScreen user={session.data.user} />;
  if (session.data.user.mustChangePassword) return <ChangePasswordScreen />;
  return <AppShell session={session.data} />;
}
