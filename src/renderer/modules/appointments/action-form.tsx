import { Button, Paper, Stack, Typography } from '@mui/material';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';

interface Props {
  title: string;
  submitLabel: string;
  /** `<prefix>-save` is the submit button's test id. */
  testId: string;
  ready: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: () => void;
  onBack: () => void;
  children: ReactNode;
}

/** One action's small form inside the details panel (reschedule, cancel, check in): Enter submits, Back returns. */
export function ActionForm({ title, submitLabel, testId, ready, pending, error, onSubmit, onBack, children }: Props) {
  const { t } = useTranslation();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (ready && !pending) onSubmit();
  };
  return (
    <Paper variant="outlined" component="form" onSubmit={submit} sx={{ p: 2 }} data-testid={testId}>
      <Stack spacing={2}>
        <Typography variant="subtitle1" component="h3">
          {title}
        </Typography>
        {children}
        <ErrorAlert error={error} />
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button onClick={onBack}>{t('common.back')}</Button>
          <Button type="submit" variant="contained" disabled={!ready || pending} data-testid={`${testId}-save`}>
            {submitLabel}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
