import { Box, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CounterList } from './counter-list';
import { FindAccount } from './find-account';
import { InvoiceCard } from './invoice-card';
import { OwedEarlier } from './owed-earlier';
import { PatientAccount } from './patient-account';
import { TillReminder } from './till-reminder';
import { TodaysInvoices } from './todays-invoices';
import { VisitBill } from './visit-bill';

/** The cashier's counter: today's finished visits and invoices beside the bill being settled (`?visit=<id>`), an invoice (`?invoice=<id>`) or a patient's account (`?patient=<id>`). */
export function BillingPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const visitId = params.get('visit');
  const invoiceId = params.get('invoice');
  const patientId = params.get('patient');
  return (
    <Box>
      <Typography variant="h4" component="h1">
        {t('nav.billing')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('billing.subtitle')}
      </Typography>
      <TillReminder />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: '300px minmax(0, 1fr)' }, alignItems: 'start' }}>
        <Stack spacing={2}>
          <CounterList openVisitId={visitId} onOpen={(id) => setParams({ visit: id })} />
          <TodaysInvoices openInvoiceId={invoiceId} onOpen={(id) => setParams({ invoice: id })} />
          <OwedEarlier openInvoiceId={invoiceId} onOpen={(id) => setParams({ invoice: id })} />
          <FindAccount onOpen={(id) => setParams({ patient: id })} />
        </Stack>
        <Box sx={{ minWidth: 0 }}>
          {visitId ? <VisitBill key={visitId} visitId={visitId} /> : invoiceId ? <InvoiceCard key={invoiceId} invoiceId={invoiceId} /> : patientId ? <PatientAccount key={patientId} patientId={patientId} /> : <Typography color="text.secondary">{t('billing.pick')}</Typography>}
        </Box>
      </Box>
    </Box>
  );
}
