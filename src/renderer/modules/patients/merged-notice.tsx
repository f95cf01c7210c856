import { Alert, Button } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';

/** On a merged-away record: which record it now lives on, one click away. */
export function MergedNotice({ survivorId, onOpen }: { survivorId: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const survivor = useQuery(trpc.patients.get.queryOptions({ id: survivorId }));
  return (
    <>
      <Alert
        severity="warning"
        data-testid="patient-merged-into"
        action={
          <Button color="inherit" onClick={() => onOpen(survivorId)} data-testid="patient-open-survivor">
            {t('patientRecord.openSurvivor')}
          </Button>
        }
      >
        {t('patients.mergedAway')}
        {survivor.data && (
          <>
            <br />
            <strong>{t('patientRecord.mergedInto', { mrn: survivor.data.mrn, name: survivor.data.fullName })}</strong>
          </>
        )}
      </Alert>
      <ErrorAlert error={survivor.error} />
    </>
  );
}
