import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { describeError } from '../i18n/describe-error';

export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert severity="error" role="alert">
      {describeError(error, t)}
    </Alert>
  );
}
