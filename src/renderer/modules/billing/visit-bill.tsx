import { Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { InvoiceCard } from './invoice-card';
import { IssueInvoice } from './issue-invoice';
import { PanelShareCard } from './panel-share-card';

/** One visit's bill: its invoice when issued, else what the invoice would say, to issue. */
export function VisitBill({ visitId }: { visitId: string }) {
  const trpc = useTRPC();
  const preview = useQuery(trpc.billing.preview.queryOptions({ visitId }));
  if (preview.error) return <ErrorAlert error={preview.error} />;
  if (!preview.data) return <Typography color="text.secondary">…</Typography>;
  if (!preview.data.invoiceId) return <IssueInvoice preview={preview.data} />;
  return (
    <Stack spacing={2}>
      <InvoiceCard invoiceId={preview.data.invoiceId} />
      {preview.data.panelInvoiceId && <PanelShareCard invoiceId={preview.data.panelInvoiceId} />}
    </Stack>
  );
}
