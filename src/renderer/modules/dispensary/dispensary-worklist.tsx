import { Card, CardContent, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicDates } from '../../format/use-clinic-clock';

interface Props {
  openVisitId: string | null;
  onOpen: (visitId: string) => void;
}

/** Finished visits whose medicines are still to be handed over, oldest first. */
export function DispensaryWorklist({ openVisitId, onOpen }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dates = useClinicDates();
  const list = useQuery({ ...trpc.dispensing.worklist.queryOptions(), refetchInterval: 60_000 });
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('dispensary.worklist.title')}
        </Typography>
        <ErrorAlert error={list.error} />
        {list.data?.length === 0 && <Typography color="text.secondary">{t('dispensary.worklist.empty')}</Typography>}
        <List dense aria-label={t('dispensary.worklist.title')}>
          {list.data?.map((visit) => (
            <ListItemButton key={visit.visitId} selected={visit.visitId === openVisitId} onClick={() => onOpen(visit.visitId)} data-testid={`dispensary-visit-${visit.ticketNo}`}>
              <ListItemText
                primary={`${visit.ticketNo} · ${visit.patientName}`}
                secondary={[visit.mrn, dates.time(visit.issuedAt), t('dispensary.worklist.owed', { count: visit.linesOwed }), visit.partlyDispensed ? t('dispensary.worklist.partly') : null].filter(Boolean).join(' · ')}
              />
            </ListItemButton>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
