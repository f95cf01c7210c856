import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EncounterDiagnosis } from '../../../shared/schemas/consultation';
import { MedicalCertificateDialog } from '../visit-documents/medical-certificate-dialog';
import { ReferralLetterDialog } from '../visit-documents/referral-letter-dialog';
import { TimeSlipDialog } from '../visit-documents/time-slip-dialog';
import { VisitDocumentsList } from '../visit-documents/visit-documents-list';

type Issuing = 'mc' | 'timeSlip' | 'referral' | null;

/** The visit's documents in the doctor's room: MC (the primary diagnosis offered, printed only if the patient agrees), time slip, referral letter. */
export function WorkspaceDocuments({ visitId, diagnosis, editable }: { visitId: string; diagnosis: EncounterDiagnosis | null; editable: boolean }) {
  const { t } = useTranslation();
  const [issuing, setIssuing] = useState<Issuing>(null);
  const done = (): void => setIssuing(null);
  return (
    <Stack spacing={1}>
      {editable && (
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" onClick={() => setIssuing('mc')} data-testid="issue-mc">
            {t('visitDocuments.mc.title')}
          </Button>
          <Button variant="outlined" onClick={() => setIssuing('timeSlip')} data-testid="issue-time-slip">
            {t('visitDocuments.timeSlip.title')}
          </Button>
          <Button variant="outlined" onClick={() => setIssuing('referral')} data-testid="issue-referral">
            {t('visitDocuments.referral.title')}
          </Button>
        </Stack>
      )}
      <VisitDocumentsList visitId={visitId} />
      {issuing === 'mc' && <MedicalCertificateDialog visitId={visitId} diagnosisSuggestion={diagnosis ? `${diagnosis.description} (${diagnosis.code})` : null} open onClose={done} onIssued={done} />}
      {issuing === 'timeSlip' && <TimeSlipDialog visitId={visitId} open onClose={done} onIssued={done} />}
      {issuing === 'referral' && <ReferralLetterDialog visitId={visitId} open onClose={done} onIssued={done} />}
    </Stack>
  );
}
