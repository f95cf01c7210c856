import { Card, CardContent, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';
import { useClinicDates } from '../../format/use-clinic-clock';

/** Today's finished visits still to invoice, or with something owed, oldest first. */
export function CounterList({ openVisitId, onOpen }: { openVisitId: string | null; onOpen: (visitId: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dates = useClinicDates();
  const money = useRinggit();
  const list = useQuery({ ...trpc.billing.worklist.queryOptions(), refetchInterval: 60_000 });
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('billing.worklist.title')}
        </Typography>
        <ErrorAlert error={list.error} />
        {list.data?.length === 0 && <Typography color="text.secondary">{t('billing.worklist.empty')}</Typography>}
        <List dense aria-label={t('billing.worklist.title')}>
          {list.data?.map((visit) => (
            <ListItemButton key={visit.visitId} selected={visit.visitId === openVisitId} onClick={() => onOpen(visit.visitId)} data-testid={`counter-visit-${visit.ticketNo}`}>
              <ListItemText
                primary={`${visit.ticketNo} · ${visit.patientName}`}
                secondary={[visit.mrn, dates.time(visit.finishedAt), visit.invoice ? t('billing.worklist.owes', { amount: money(visit.invoice.balanceSen) }) : t('billing.worklist.toInvoice')].join(' · ')}
              />
            </ListItemButton>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
