import { Card, CardContent, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PatientSearch } from '../patients/patient-search';

/** Finds a patient's account (statement, deposit) by the usual patient search. */
export function FindAccount({ onOpen }: { onOpen: (patientId: string) => void }) {
  const { t } = useTranslation();
  return (
    <Card variant="outlined" data-testid="find-account">
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('billing.account.find')}
        </Typography>
        <PatientSearch onOpen={(id) => onOpen(id)} />
      </CardContent>
    </Card>
  );
}
