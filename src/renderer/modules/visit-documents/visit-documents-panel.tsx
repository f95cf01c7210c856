import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../session/session-context';
import { MedicalCertificateDialog } from './medical-certificate-dialog';
import { QuarantineSlipDialog } from './quarantine-slip-dialog';
import { ReferralLetterDialog } from './referral-letter-dialog';
import { TimeSlipDialog } from './time-slip-dialog';
import { VisitDocumentsList } from './visit-documents-list';

type Issuing = 'mc' | 'timeSlip' | 'referral' | 'quarantine' | null;

/**
 * A visit's documents: issue an MC (the diagnosis offered, printed only if the patient agrees),
 * a time slip, a referral letter or a quarantine slip, and the ones issued, to reprint or cancel. In the doctor's
 * room and, for a visit finished today, on the patient's record.
 */
export function VisitDocumentsPanel({ visitId, diagnosisSuggestion }: { visitId: string; diagnosisSuggestion: string | null }) {
  const { t } = useTranslation();
  const canIssue = useCan('consultation.write');
  const [issuing, setIssuing] = useState<Issuing>(null);
  const done = (): void => setIssuing(null);
  return (
    <Stack spacing={2}>
      {canIssue && (
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
          <Button variant="outlined" onClick={() => setIssuing('quarantine')} data-testid="issue-quarantine">
            {t('visitDocuments.quarantine.title')}
          </Button>
        </Stack>
      )}
      <VisitDocumentsList visitId={visitId} />
      {issuing === 'mc' && <MedicalCertificateDialog visitId={visitId} diagnosisSuggestion={diagnosisSuggestion} open onClose={done} onIssued={done} />}
      {issuing === 'timeSlip' && <TimeSlipDialog visitId={visitId} open onClose={done} onIssued={done} />}
      {issuing === 'referral' && <ReferralLetterDialog visitId={visitId} open onClose={done} onIssued={done} />}
      {issuing === 'quarantine' && <QuarantineSlipDialog visitId={visitId} open onClose={done} onIssued={done} />}
    </Stack>
  );
}
