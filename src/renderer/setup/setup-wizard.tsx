import { Box, Button, Link, Paper, Stack, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../shared/errors';
import { clinicProfileSchema } from '../../shared/schemas/clinic';
import { fieldIssuesOf } from '../../shared/schemas/field-issues';
import { initialiseInputSchema } from '../../shared/schemas/setup';
import { useTRPC } from '../api/client';
import { ClinicProfileFields } from '../clinic-profile/clinic-profile-fields';
import { EMPTY_CLINIC_DRAFT, profileFromDraft } from '../clinic-profile/clinic-profile-draft';
import { ErrorAlert } from '../components/error-alert';
import { AdminAccountFields, EMPTY_ADMIN_DRAFT } from './admin-account-fields';
import { RecoveryCodeCard } from './recovery-code-card';
import { RestoreOnNewPc } from './restore-on-new-pc';

type Stage = 'clinic' | 'admin' | 'code' | 'restore';
const STEPS = ['clinic', 'admin', 'code'] as const;

/**
 * First run: the clinic, its owner's account, then the recovery code, shown once. `onStoreCreated`
 * tells the gate to keep this screen although the hub now reports an open store; `onFinished` lets go.
 */
export function SetupWizard({ onStoreCreated, onFinished }: { onStoreCreated: () => void; onFinished: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [stage, setStage] = useState<Stage>('clinic');
  const [clinic, setClinic] = useState(EMPTY_CLINIC_DRAFT);
  const [admin, setAdmin] = useState(EMPTY_ADMIN_DRAFT);
  const [found, setFound] = useState<FieldIssue[]>([]);
  const [attempt, setAttempt] = useState(0);
  const initialise = useMutation(
    trpc.setup.initialise.mutationOptions({
      onSuccess: () => {
        onStoreCreated();
        setStage('code');
      },
    }),
  );
  const finished = async (): Promise<void> => {
    await queryClient.invalidateQueries({ queryKey: trpc.setup.status.queryKey() });
    onFinished();
  };

  // Once a field is flagged, re-check as the user types so the red clears when it is fixed.
  const changeClinic = (next: typeof clinic): void => {
    setClinic(next);
    if (found.length === 0) return;
    const parsed = clinicProfileSchema.safeParse(profileFromDraft(next));
    setFound(parsed.success ? [] : fieldIssuesOf(parsed.error));
  };

  const submitClinic = (event: FormEvent): void => {
    event.preventDefault();
    const parsed = clinicProfileSchema.safeParse(profileFromDraft(clinic));
    setFound(parsed.success ? [] : fieldIssuesOf(parsed.error));
    setAttempt((count) => count + 1);
    if (parsed.success) setStage('admin');
  };

  const submitAdmin = (event: FormEvent): void => {
    event.preventDefault();
    const input = { clinic: profileFromDraft(clinic), admin: { username: admin.username, displayName: admin.displayName, password: admin.password } };
    const parsed = initialiseInputSchema.safeParse(input);
    const problems = parsed.success ? [] : fieldIssuesOf(parsed.error);
    if (admin.password !== admin.passwordConfirm) problems.push({ path: 'admin.passwordConfirm', kind: 'invalid', limit: null });
    setFound(problems);
    setAttempt((count) => count + 1);
    if (problems.length === 0) initialise.mutate(input);
  };

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.100', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper sx={{ p: 4, width: 'min(720px, 100%)' }}>
        <Typography variant="h4" component="h1" gutterBottom className="no-print">
          {stage === 'restore' ? t('restore.title') : t('setup.title')}
        </Typography>
        {stage !== 'restore' && (
          <Stepper activeStep={STEPS.indexOf(stage)} sx={{ mb: 3 }} className="no-print">
            {STEPS.map((step) => (
              <Step key={step}>
                <StepLabel>{t(`setup.${step}Step`)}</StepLabel>
              </Step>
            ))}
          </Stepper>
        )}
        {stage === 'clinic' && (
          <form onSubmit={submitClinic} noValidate>
            <Stack spacing={3}>
              <ClinicProfileFields value={clinic} onChange={changeClinic} error={null} found={found} attempt={attempt} fieldPrefix="" autoFocus />
              <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
                <Link component="button" type="button" onClick={() => setStage('restore')} data-testid="setup-restore-instead">
                  {t('setup.restoreInstead')}
                </Link>
                <Button type="submit" variant="contained" data-testid="setup-next">
                  {t('common.next')}
                </Button>
              </Stack>
            </Stack>
          </form>
        )}
        {stage === 'admin' && (
          <form onSubmit={submitAdmin} noValidate>
            <Stack spacing={3}>
              <AdminAccountFields value={admin} onChange={setAdmin} error={initialise.error} found={found} attempt={attempt} />
              <ErrorAlert error={initialise.error} />
              <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
                <Button onClick={() => setStage('clinic')}>{t('common.back')}</Button>
                <Button type="submit" variant="contained" disabled={initialise.isPending} data-testid="setup-finish">
                  {t('setup.finish')}
                </Button>
              </Stack>
            </Stack>
          </form>
        )}
        {stage === 'code' && initialise.data && (
          <RecoveryCodeCard code={initialise.data.recoveryCode} clinicName={clinic.name} timeZone={clinic.timeZone} onContinue={() => void finished()} />
        )}
        {stage === 'restore' && <RestoreOnNewPc onCancel={() => setStage('clinic')} onRestored={() => void finished()} />}
      </Paper>
    </Box>
  );
}
