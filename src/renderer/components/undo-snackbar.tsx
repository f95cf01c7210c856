import { Button, Snackbar } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { NO_SHOW_UNDO_MINUTES } from '../../shared/schemas/queue';

interface Props {
  message: string;
  pending: boolean;
  onUndo: () => void;
  onClose: () => void;
}

/**
 * "Marked A003 as no-show — Undo", for as long as the hub would take it back. A click elsewhere
 * does not close it: the desk keeps working while the patient may still walk back in.
 */
export function UndoSnackbar({ message, pending, onUndo, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Snackbar
      open
      autoHideDuration={NO_SHOW_UNDO_MINUTES * 60_000}
      onClose={(_event, reason) => reason !== 'clickaway' && onClose()}
      message={message}
      slotProps={{ content: { 'data-testid': 'undo-snackbar' } as object }}
      action={
        <Button color="inherit" size="small" disabled={pending} onClick={onUndo} data-testid="undo-snackbar-undo">
          {t('common.undo')}
        </Button>
      }
    />
  );
}
