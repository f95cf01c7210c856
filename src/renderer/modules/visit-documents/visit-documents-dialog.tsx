import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../session/session-context';
import { MedicalCertificateDialog } from './medical-certificate-dialog';
import { ReferralLetterDialog } from './referral-letter-dialog';
import { TimeSlipDialog } from './time-slip-dialog';
import { VisitDocumentsList } from './visit-documents-list';

type Issuing = 'mc' | 'timeSlip' | 'referral' | null;

/**
 * A visit's documents from outside the consultation (the patient's record, for a visit finished
 * today or an MC to reprint): issue an MC, time slip or referral letter, and the ones issued.
 */
export function VisitDocumentsDialog({ visitId, onClose }: { visitId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const canIssue = useCan('consultation.write');
  const [issuing, setIssuing] = useState<Issuing>(null);
  const done = (): void => setIssuing(null);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" slotProps={{ paper: { 'data-testid': 'visit-documents-dialog' } as object }}>
      <DialogTitle>{t('visitDocuments.dialogTitle')}</DialogTitle>
      <DialogContent>
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
            </Stack>
          )}
          <VisitDocumentsList visitId={visitId} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
      {issuing === 'mc' && <MedicalCertificateDialog visitId={visitId} diagnosisSuggestion={null} open onClose={done} onIssued={done} />}
      {issuing === 'timeSlip' && <TimeSlipDialog visitId={visitId} open onClose={done} onIssued={done} />}
      {issuing === 'referral' && <ReferralLetterDialog visitId={visitId} open onClose={done} onIssued={done} />}
    </Dialog>
  );
}
