import { Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { requestPdf } from '../../components/show-pdf';

type Paper = 'A4' | 'A5';

/** The invoice as a tax invoice PDF for the office printer, on A4 or A5; a reprint comes marked as a copy. */
export function InvoicePdfButton({ invoiceId }: { invoiceId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const pdf = useMutation(trpc.billing.invoicePdf.mutationOptions());
  const [paper, setPaper] = useState<Paper>('A4');
  const [shown, setShown] = useState<number | null>(null);
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField select size="small" label={t('billing.documents.paper')} value={paper} onChange={(event) => setPaper(event.target.value as Paper)} sx={{ width: 90 }} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'invoice-pdf-paper' } as object } }}>
          <MenuItem value="A4">A4</MenuItem>
          <MenuItem value="A5">A5</MenuItem>
        </TextField>
        <Button onClick={() => requestPdf(pdf.mutate, { invoiceId, paper }, (file) => setShown(file.printNo))} disabled={pdf.isPending} data-testid="invoice-pdf">
          {t('billing.documents.invoicePdf')}
        </Button>
      </Stack>
      {shown !== null && <Typography variant="body2" data-testid="invoice-pdf-shown">{shown > 1 ? t('billing.documents.invoiceCopyShown', { copy: shown - 1 }) : t('billing.documents.invoiceShown')}</Typography>}
      <ErrorAlert error={pdf.error} />
    </Stack>
  );
}
