import { Alert, Box, Button, Card, CardContent, List, ListItem, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';
import { useClinicClock, useClinicDates } from '../../format/use-clinic-clock';
import { useCan } from '../../session/session-context';
import { BuyerDialog } from './buyer-dialog';
import { EinvoiceDocumentCard, EinvoiceStatusChip } from './einvoice-document-card';

/** The month before the clinic's today: the one whose consolidated e-invoice is due in the first week. */
function lastMonth(today: string): string {
  const [year, month] = today.split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** LHDN e-invoices for a clinic month: the consolidated one, the sales above RM 10,000, the individual ones, with statuses and MyInvois's answers. */
export function EinvoicesPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const money = useRinggit();
  const dates = useClinicDates();
  const { date } = useClinicClock();
  const canSubmit = useCan('einvoice.submit');
  const [month, setMonth] = useState(() => lastMonth(date));
  const [buyerFor, setBuyerFor] = useState<{ invoiceId: string | null } | null>(null);
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const view = useQuery({ ...trpc.einvoice.month.queryOptions({ month }), enabled: valid });
  const build = useMutation(trpc.einvoice.buildConsolidated.mutationOptions());
  const data = view.data;
  const draft = data?.consolidated.find((doc) => doc.status === 'draft');
  const standing = data?.consolidated.find((doc) => doc.status === 'submitted' || doc.status === 'valid');
  return (
    <Box>
      <Typography variant="h4" component="h1">
        {t('nav.einvoices')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('einvoice.subtitle')}
      </Typography>
      <Stack spacing={2} sx={{ maxWidth: 960 }}>
        <TextField type="month" label={t('einvoice.month')} value={month} onChange={(e) => setMonth(e.target.value)} sx={{ maxWidth: 220 }} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'einvoice-month' } }} />
        <ErrorAlert error={view.error} />
        {data && (
          <>
            {data.submission.enabled ? (
              <Alert severity="info">{t('einvoice.submissionOn', { environment: t(`einvoice.environments.${data.submission.environment}`) })}</Alert>
            ) : (
              <Alert severity="warning" data-testid="einvoice-submission-off">
                {t('einvoice.submissionOff')}
              </Alert>
            )}
            {data.submission.enabled && !data.submission.secretStored && <Alert severity="warning">{t('einvoice.secretMissing')}</Alert>}
            <Card variant="outlined">
              <CardContent>
                <Stack spacing={1.5}>
                  <Typography variant="h6" component="h2">
                    {t('einvoice.consolidated.title', { month: new Intl.DateTimeFormat(i18n.language === 'ms' ? 'ms-MY' : 'en-MY', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`)) })}
                  </Typography>
                  <Typography variant="body2">{t('einvoice.consolidated.dueBy', { date: dates.date(`${data.dueBy}T12:00:00Z`) })}</Typography>
                  <Typography data-testid="einvoice-plan">{t('einvoice.consolidated.plan', { count: data.plan.sales, lines: data.plan.lines, total: money(data.plan.totalSen), tax: money(data.plan.taxSen) })}</Typography>
                  <ErrorAlert error={build.error} />
                  {canSubmit && !standing && (
                    <Button variant="contained" sx={{ alignSelf: 'flex-start' }} disabled={build.isPending} onClick={() => build.mutate({ month })} data-testid="einvoice-build-consolidated">
                      {draft ? t('einvoice.consolidated.rebuild') : t('einvoice.consolidated.build')}
                    </Button>
                  )}
                  {data.consolidated.length === 0 && <Typography color="text.secondary">{t('einvoice.consolidated.none')}</Typography>}
                  {data.consolidated.map((doc) => (
                    <EinvoiceDocumentCard key={doc.id} document={doc} />
                  ))}
                </Stack>
              </CardContent>
            </Card>
            <Card variant="outlined">
              <CardContent>
                <Typography variant="h6" component="h2">
                  {t('einvoice.own.title')}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {t('einvoice.own.hint')}
                </Typography>
                {data.ownRequired.length === 0 && <Typography color="text.secondary">{t('einvoice.own.none')}</Typography>}
                <List dense>
                  {data.ownRequired.map((sale) => (
                    <ListItem key={sale.invoiceId} data-testid={`einvoice-own-${sale.number}`} secondaryAction={sale.document ? <EinvoiceStatusChip status={sale.document.status} /> : canSubmit && <Button onClick={() => setBuyerFor({ invoiceId: sale.invoiceId })}>{t('einvoice.own.build')}</Button>}>
                      <ListItemText primary={`${sale.number} · ${sale.billTo}`} secondary={`${sale.clinicDate} · ${money(sale.totalSen)}`} />
                    </ListItem>
                  ))}
                </List>
              </CardContent>
            </Card>
            <Card variant="outlined">
              <CardContent>
                <Stack spacing={1.5}>
                  <Typography variant="h6" component="h2">
                    {t('einvoice.individual.title')}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {t('einvoice.individual.hint')}
                  </Typography>
                  {canSubmit && (
                    <Button variant="outlined" sx={{ alignSelf: 'flex-start' }} onClick={() => setBuyerFor({ invoiceId: null })} data-testid="einvoice-request">
                      {t('einvoice.individual.request')}
                    </Button>
                  )}
                  {data.individual.length === 0 && <Typography color="text.secondary">{t('einvoice.individual.none')}</Typography>}
                  {data.individual.map((doc) => (
                    <EinvoiceDocumentCard key={doc.id} document={doc} />
                  ))}
                </Stack>
              </CardContent>
            </Card>
          </>
        )}
      </Stack>
      {buyerFor && <BuyerDialog invoiceId={buyerFor.invoiceId} onClose={() => setBuyerFor(null)} />}
    </Box>
  );
}
