import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchChoice } from '../../../shared/schemas/dispensing';
import { useClinicDates } from '../../format/use-clinic-clock';

export interface BatchPick {
  batchId: string;
  batchNo: string;
  reason: string;
}

interface Props {
  medicine: string;
  batches: BatchChoice[];
  onPick: (pick: BatchPick) => void;
  onClose: () => void;
}

/** Another batch than the one expiring first, with the reason the hub asks for. */
export function OtherBatchDialog({ medicine, batches, onPick, onClose }: Props) {
  const { t } = useTranslation();
  const dates = useClinicDates();
  const [batchId, setBatchId] = useState(batches[batches.length - 1]?.batchId ?? '');
  const [reason, setReason] = useState('');
  const chosen = batches.find((batch) => batch.batchId === batchId);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('dispensary.otherBatchTitle', { medicine })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField select label={t('dispensary.columns.batches')} value={batchId} onChange={(event) => setBatchId(event.target.value)}>
            {batches.map((batch) => (
              <MenuItem key={batch.batchId} value={batch.batchId}>
                {t('dispensary.batch', { batchNo: batch.batchNo, expiry: dates.date(`${batch.expiryDate}T12:00:00Z`), quantity: batch.onHand })}
              </MenuItem>
            ))}
          </TextField>
          <TextField label={t('dispensary.otherBatchReason')} value={reason} onChange={(event) => setReason(event.target.value)} autoFocus required />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('dispensary.cancel')}</Button>
        <Button variant="contained" disabled={!chosen || reason.trim().length < 3} onClick={() => chosen && onPick({ batchId: chosen.batchId, batchNo: chosen.batchNo, reason: reason.trim() })}>
          {t('dispensary.useBatch')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
