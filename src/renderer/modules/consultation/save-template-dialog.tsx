import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SoapNote } from '../../../shared/schemas/consultation';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';

/** Keeps the note as written as one of the doctor's own templates (only they see and change it). */
export function SaveTemplateDialog({ note, onClose }: { note: SoapNote; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const save = useMutation(
    trpc.consultation.templates.saveMine.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.consultation.templates.list.queryKey() });
        onClose();
      },
    }),
  );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{t('consultation.saveAsTemplate')}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={save.error} />
        <TextField autoFocus fullWidth sx={{ mt: 1 }} label={t('consultation.templateName')} value={name} onChange={(e) => setName(e.target.value)} slotProps={{ htmlInput: { maxLength: 80, 'data-testid': 'template-name' } }} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={save.isPending || name.trim() === ''} onClick={() => save.mutate({ name, note })} data-testid="template-save">
          {t('consultation.saveAsTemplate')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
