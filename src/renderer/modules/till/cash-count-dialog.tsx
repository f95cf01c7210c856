import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DENOMINATIONS_SEN, type CashierSession } from '../../../shared/schemas/till';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';

/** Counting the drawer note by note at the end of a session: the total counted, what it should be, and the difference with its reason. */
export function CashCountDialog({ session, onClose, onClosed }: { session: CashierSession; onClose: () => void; onClosed: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const money = useRinggit();
  const [counts, setCounts] = useState<Record<number, string>>({});
  const [reason, setReason] = useState('');
  const close = useMutation(trpc.till.closeSession.mutationOptions({ onSuccess: onClosed }));
  const count = DENOMINATIONS_SEN.map((denominationSen) => ({ denominationSen, count: Number.parseInt(counts[denominationSen] ?? '', 10) || 0 }));
  const countedSen = count.reduce((sum, entry) => sum + entry.denominationSen * entry.count, 0);
  const varianceSen = countedSen - session.expectedCashSen;
  const valid = Object.values(counts).every((text) => /^\d{0,5}$/.test(text.trim())) && (varianceSen === 0 || reason.trim().length >= 3);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) close.mutate({ sessionId: session.id, count, varianceReason: varianceSen === 0 ? null : reason.trim() });
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth slotProps={{ paper: { component: 'form', onSubmit: submit, 'data-testid': 'cash-count-dialog' } as object }}>
      <DialogTitle>{t('till.count.title', { name: session.cashierName })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography color="text.secondary">{t('till.count.hint')}</Typography>
          <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))' }}>
            {DENOMINATIONS_SEN.map((denominationSen) => (
              <TextField
                key={denominationSen}
                size="small"
                label={money(denominationSen)}
                value={counts[denominationSen] ?? ''}
                onChange={(event) => setCounts({ ...counts, [denominationSen]: event.target.value })}
                error={!/^\d{0,5}$/.test((counts[denominationSen] ?? '').trim())}
                slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': `count-${denominationSen}` } }}
              />
            ))}
          </Box>
          <Typography data-testid="count-counted">{t('till.count.counted', { amount: money(countedSen) })}</Typography>
          <Typography>{t('till.count.expected', { amount: money(session.expectedCashSen) })}</Typography>
          <Typography variant="h6" color={varianceSen === 0 ? 'success.main' : 'warning.main'} data-testid="count-variance">
            {varianceSen === 0 ? t('till.count.balanced') : t(varianceSen > 0 ? 'till.count.over' : 'till.count.short', { amount: money(Math.abs(varianceSen)) })}
          </Typography>
          {varianceSen !== 0 && <TextField label={t('till.count.reason')} value={reason} onChange={(event) => setReason(event.target.value)} required slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'count-reason' } }} />}
          <ErrorAlert error={close.error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={!valid || close.isPending} data-testid="count-confirm">
          {t('till.count.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
