import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../shared/schemas/patients';
import type { VisitSummary } from '../../../shared/schemas/queue';
import { VitalsDialog } from '../vitals/vitals-dialog';
import { VitalsSummary } from '../vitals/vitals-summary';
import { VitalsTrend } from '../vitals/vitals-trend';
import { ShowMore } from './show-more';

/** The visit's vitals as the nurse recorded them, flagged, with the patient's trends; the doctor can record more. */
export function VisitVitals({ visit, patient, editable }: { visit: VisitSummary; patient: Patient; editable: boolean }) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);
  return (
    <Stack spacing={1}>
      <VitalsSummary visitId={visit.id} />
      {editable && (
        <div>
          <Button size="small" onClick={() => setRecording(true)} data-testid="workspace-record-vitals">
            {t('consultation.recordVitals')}
          </Button>
        </div>
      )}
      <ShowMore label={t('consultation.showTrends')} testId="workspace-vitals-trends">
        <VitalsTrend patientId={patient.id} />
      </ShowMore>
      {recording && <VitalsDialog visitId={visit.id} patientId={patient.id} title={{ name: patient.fullName, ticketNo: visit.ticketNo }} onClose={() => setRecording(false)} />}
    </Stack>
  );
}
