import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VitalsRecording } from '../../../shared/schemas/vitals';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { VitalsForm } from './vitals-form';
import { VitalsRecordingView } from './vitals-summary';
import { VitalsTrend } from './vitals-trend';

interface Props {
  visitId: string;
  patientId: string;
  /** Who the title names: the patient and their ticket. */
  title: { name: string; ticketNo: string };
  onClose: () => void;
}

/** The nurse's vitals for a waiting patient, from the queue: the form, then what was saved with its flags. */
export function VitalsDialog({ visitId, patientId, title, onClose }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // Age and sex choose the reference ranges.
  const patient = useQuery(trpc.patients.get.queryOptions({ id: patientId }));
  const [saved, setSaved] = useState<VitalsRecording | null>(null);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="vitals-dialog">
      <DialogTitle>{t('vitals.forPatient', title)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <ErrorAlert error={patient.error} />
          {saved ? (
            <>
              <VitalsRecordingView recording={saved} />
              {/* What came before, so a rising BP or a falling weight is seen before the doctor calls. */}
              <VitalsTrend patientId={patientId} />
            </>
          ) : (
            patient.data && <VitalsForm visitId={visitId} patient={{ dateOfBirth: patient.data.dateOfBirth, sex: patient.data.sex }} onSaved={setSaved} />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {saved && (
          <Button onClick={() => setSaved(null)} data-testid="vitals-record-again">
            {t('vitals.recordMore')}
          </Button>
        )}
        <Button onClick={onClose} data-testid="vitals-close">
          {t('vitals.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
