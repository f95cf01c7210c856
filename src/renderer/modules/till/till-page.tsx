import { Box, Card, CardContent, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';
import { useClinicClock, useClinicDates } from '../../format/use-clinic-clock';
import { useCan } from '../../session/session-context';
import { DayClosingCard } from './day-closing-card';
import { MySessionCard } from './my-session-card';
import { ZReportButtons } from './z-report-buttons';

/** The till: the cashier's own session beside, for a manager, the day's closing and the Z reports of days already closed. */
export function TillPage() {
  const { t } = useTranslation();
  const { date } = useClinicClock();
  const mayClose = useCan('billing.adjust');
  return (
    <Box>
      <Typography variant="h4" component="h1">
        {t('nav.till')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('till.subtitle')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: '360px minmax(0, 1fr)' }, alignItems: 'start' }}>
        <Stack spacing={2}>
          <MySessionCard />
          {mayClose && <ClosedDays />}
        </Stack>
        {mayClose && <DayClosingCard key={date} clinicDate={date} />}
      </Box>
    </Box>
  );
}

function ClosedDays() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const money = useRinggit();
  const dates = useClinicDates();
  const days = useQuery(trpc.till.closedDays.queryOptions());
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('till.closedDays.title')}
        </Typography>
        <ErrorAlert error={days.error} />
        {days.data?.length === 0 && <Typography color="text.secondary">{t('till.closedDays.empty')}</Typography>}
        <List dense>
          {days.data?.map((day) => (
            <ListItem key={day.clinicDate} disableGutters data-testid={`closed-day-${day.zNo}`} sx={{ display: 'block' }}>
              <ListItemText primary={`${day.zNo} · ${dates.date(day.clinicDate)}`} secondary={t('till.closedDays.taken', { amount: money(day.netSen), name: day.closedByName ?? '' })} />
              <ZReportButtons clinicDate={day.clinicDate} />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
