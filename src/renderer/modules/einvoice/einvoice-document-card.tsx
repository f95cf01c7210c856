import { Alert, Box, Button, Card, CardContent, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EinvoiceDocument, EinvoiceStatus } from '../../../shared/schemas/einvoice';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';
import { useCan } from '../../session/session-context';

const STATUS_COLOURS: Record<EinvoiceStatus, 'default' | 'info' | 'success' | 'error' | 'warning'> = { draft: 'default', submitted: 'info', valid: 'success', invalid: 'error', rejected: 'error' };

export function EinvoiceStatusChip({ status }: { status: EinvoiceStatus }) {
  const { t } = useTranslation();
  return <Chip size="small" color={STATUS_COLOURS[status]} label={t(`einvoice.statuses.${status}`)} data-testid={`einvoice-status-${status}`} />;
}

/** One e-invoice: its buyer and totals, its status, and what to do next (submit a draft, check a submitted one), with MyInvois's messages. */
export function EinvoiceDocumentCard({ document }: { document: EinvoiceDocument }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const money = useRinggit();
  const canSubmit = useCan('einvoice.submit');
  const submit = useMutation(trpc.einvoice.submit.mutationOptions());
  const check = useMutation(trpc.einvoice.check.mutationOptions());
  return (
    <Card variant="outlined" data-testid={`einvoice-${document.codeNumber}`}>
      <CardContent>
        <Stack spacing={1}>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="subtitle1" component="h3">
              {t('einvoice.document.code', { code: document.codeNumber })}
            </Typography>
            <EinvoiceStatusChip status={document.status} />
          </Box>
          <Typography variant="body2">{t('einvoice.document.buyer', { name: document.buyerName, tin: document.buyerTin })}</Typography>
          <Typography variant="body2">{t('einvoice.document.totals', { net: money(document.totalExcludingTaxSen), tax: money(document.taxSen), total: money(document.totalSen) })}</Typography>
          {document.invoices.length > 0 && <Typography variant="body2">{t('einvoice.document.invoices', { numbers: document.invoices.map((invoice) => invoice.number).join(', ') })}</Typography>}
          {document.documentUuid && (
            <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
              {t('einvoice.document.uuid', { uuid: document.documentUuid })}
            </Typography>
          )}
          {document.messages.length > 0 && (
            <Alert severity="error">
              <Typography variant="subtitle2">{t('einvoice.document.messages')}</Typography>
              <List dense disablePadding>
                {document.messages.map((message, index) => (
                  <ListItem key={index} disableGutters>
                    <ListItemText primary={`${message.code}: ${message.message}`} secondary={message.path ?? message.target ?? undefined} />
                  </ListItem>
                ))}
              </List>
            </Alert>
          )}
          <ErrorAlert error={submit.error ?? check.error} />
          {canSubmit && document.status === 'draft' && (
            <Button variant="contained" sx={{ alignSelf: 'flex-start' }} disabled={submit.isPending} onClick={() => submit.mutate({ documentId: document.id })} data-testid="einvoice-submit">
              {t('einvoice.document.submit')}
            </Button>
          )}
          {canSubmit && document.status === 'submitted' && (
            <Button variant="outlined" sx={{ alignSelf: 'flex-start' }} disabled={check.isPending} onClick={() => check.mutate({ documentId: document.id })} data-testid="einvoice-check">
              {t('einvoice.document.check')}
            </Button>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
