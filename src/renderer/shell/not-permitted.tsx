import { Alert, AlertTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';

export function NotPermitted() {
  const { t } = useTranslation();
  return (
    <Alert severity="warning" data-testid="not-permitted">
      <AlertTitle>{t('notPermitted.title')}</AlertTitle>
      {t('notPermitted.body')}
    </Alert>
  );
}
