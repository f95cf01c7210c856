import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import type { FormEvent, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';

export interface DocumentDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: () => void;
  onClose: () => void;
  /** useFormErrors' ref, so the first refused field is scrolled to and focused. */
  formRef: Ref<HTMLDivElement>;
  testId: string;
  children: ReactNode;
}

/** The frame of each document the doctor issues: a form that issues on Enter, the hub's refusal under it. */
export function DocumentDialog({ open, title, submitLabel, pending, error, onSubmit, onClose, formRef, testId, children }: DocumentDialogProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" slotProps={{ paper: { component: 'form', onSubmit: submit, 'data-testid': testId } as object }}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }} ref={formRef}>
          {children}
          <ErrorAlert error={error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={pending} data-testid={`${testId}-issue`}>
          {submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
