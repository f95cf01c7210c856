import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** `<testId>` is the dialog, `<testId>-confirm` its confirm button. */
  testId: string;
  pending: boolean;
  error: unknown;
  color?: 'primary' | 'warning' | 'error';
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks once before an action a slip of the mouse should not take: says what will happen, to whom. */
export function ConfirmDialog({ title, children, confirmLabel, testId, pending, error, color = 'primary', onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" slotProps={{ paper: { 'data-testid': testId } as object }}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText component="div">{children}</DialogContentText>
        <ErrorAlert error={error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button autoFocus variant="contained" color={color} disabled={pending} onClick={onConfirm} data-testid={`${testId}-confirm`}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
