import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';

interface Props {
  title: string;
  editable: boolean;
  pending: boolean;
  saved: boolean;
  error: unknown;
  onSubmit: () => void;
  children: ReactNode;
}

/** One card of settings with its own Save, so a mistake in one never blocks another. */
export function SettingsSection({ title, editable, pending, saved, error, onSubmit, children }: Props) {
  const { t } = useTranslation();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Card variant="outlined" component="form" onSubmit={submit} noValidate>
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {title}
          </Typography>
          {children}
          <ErrorAlert error={error} />
          {saved && <Alert severity="success">{t('common.saved')}</Alert>}
          {editable && (
            <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: 'flex-start' }}>
              {t('common.save')}
            </Button>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
