import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';

interface Props {
  title: string;
  /** `<testId>` is the dialog, `<testId>-save` its save button. */
  testId: string;
  /** Whether what is typed can be sent; Enter and the save button do nothing until it is. */
  ready: boolean;
  pending: boolean;
  error: unknown;
  saveColor?: 'primary' | 'warning';
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** The small dialog a chart entry is edited or closed in: its fields, the hub's refusal, Cancel and Save (Enter saves). */
export function EntryDialog({ title, testId, ready, pending, error, saveColor = 'primary', onSave, onClose, children }: Props) {
  const { t } = useTranslation();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (ready) onSave();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" slotProps={{ paper: { 'data-testid': testId } as object }}>
      <form onSubmit={submit}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {children}
            <ErrorAlert error={error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" color={saveColor} disabled={pending || !ready} data-testid={`${testId}-save`}>
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
