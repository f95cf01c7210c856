import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { PatientDeposit } from './patient-deposit';
import { PatientStatement } from './patient-statement';

/** A patient's account at the counter: their statement of account, and their deposit. */
export function PatientAccount({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const patient = useQuery(trpc.patients.get.queryOptions({ id: patientId }));
  return (
    <Card variant="outlined" data-testid="patient-account">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {t('billing.account.title', { name: patient.data?.fullName ?? '', mrn: patient.data?.mrn ?? '' })}
          </Typography>
          <ErrorAlert error={patient.error} />
          <PatientDeposit patientId={patientId} />
          <PatientStatement patientId={patientId} />
        </Stack>
      </CardContent>
    </Card>
  );
}
