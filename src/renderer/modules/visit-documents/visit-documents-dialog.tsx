import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { VisitDocumentsPanel } from './visit-documents-panel';

/** A visit's documents from outside the doctor's room (the patient's record): for a visit finished today, or an MC to reprint. */
export function VisitDocumentsDialog({ visitId, onClose }: { visitId: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" slotProps={{ paper: { 'data-testid': 'visit-documents-dialog' } as object }}>
      <DialogTitle>{t('visitDocuments.dialogTitle')}</DialogTitle>
      <DialogContent>
        <VisitDocumentsPanel visitId={visitId} diagnosisSuggestion={null} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
