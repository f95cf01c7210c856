import { Alert, Button, Card, CardContent, List, ListItem, ListItemText, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { netTakenSen, type OpenVisitAction } from '../../../shared/schemas/till';
import { useTRPC } from '../../api/client';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';
import { useClinicDates } from '../../format/use-clinic-clock';
import { DayFigures } from './day-figures';
import { ZReportButtons } from './z-report-buttons';

/**
 * Closing the clinic day: the day's figures as the Z report will print them, each visit still in a
 * queue ended or carried over, and the close itself once every till is counted. A closed day shows
 * its Z report.
 */
export function DayClosingCard({ clinicDate }: { clinicDate: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const money = useRinggit();
  const dates = useClinicDates();
  const report = useQuery(trpc.till.dayReport.queryOptions({ clinicDate }));
  const [actions, setActions] = useState<Record<string, OpenVisitAction>>({});
  const [confirming, setConfirming] = useState(false);
  const close = useMutation(
    trpc.till.closeDay.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        void queryClient.invalidateQueries({ queryKey: trpc.till.pathKey() });
      },
    }),
  );
  if (report.error) return <ErrorAlert error={report.error} />;
  const data = report.data;
  if (!data) return null;
  const ticketOpen = data.openVisits.filter((visit) => visit.ticketOpen);
  const tillsOpen = data.sessions.filter((session) => session.status === 'open');
  const undecided = data.zNo ? 0 : ticketOpen.filter((visit) => !actions[visit.visitId]).length;
  return (
    <Card variant="outlined" data-testid="day-closing">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {data.zNo ? t('till.day.closedTitle', { zNo: data.zNo, date: dates.date(clinicDate) }) : t('till.day.title', { date: dates.date(clinicDate) })}
          </Typography>
          {data.zNo && data.closedAt && <Typography color="text.secondary">{t('till.day.closedBy', { time: dates.dateTime(data.closedAt), name: data.closedByName ?? '' })}</Typography>}
          <DayFigures report={data} />
          {data.openVisits.length > 0 && (
            <>
              <Typography variant="subtitle2">{t('till.day.openVisits', { count: data.openVisits.length })}</Typography>
              <List dense disablePadding aria-label={t('till.day.openVisits', { count: data.openVisits.length })}>
                {data.openVisits.map((visit) => (
                  <ListItem key={visit.visitId} disableGutters data-testid={`open-visit-${visit.ticketNo}`} sx={{ gap: 1, flexWrap: 'wrap' }}>
                    <ListItemText primary={`${visit.ticketNo} · ${visit.patientName}`} secondary={`${t(`till.day.stages.${visit.stage}`)}${visit.balanceSen ? ` · ${money(visit.balanceSen)}` : ''}`} />
                    {data.zNo
                      ? visit.action && <Typography variant="body2">{t(`till.day.actions.${visit.action}`)}</Typography>
                      : visit.ticketOpen && (
                          <ToggleButtonGroup size="small" exclusive value={actions[visit.visitId] ?? null} onChange={(_, action: OpenVisitAction | null) => action && setActions({ ...actions, [visit.visitId]: action })} aria-label={t('till.day.decide')}>
                            <ToggleButton value="end" data-testid={`open-visit-end-${visit.ticketNo}`}>
                              {t('till.day.actions.end')}
                            </ToggleButton>
                            <ToggleButton value="carry" data-testid={`open-visit-carry-${visit.ticketNo}`}>
                              {t('till.day.actions.carry')}
                            </ToggleButton>
                          </ToggleButtonGroup>
                        )}
                  </ListItem>
                ))}
              </List>
            </>
          )}
          {!data.zNo && tillsOpen.length > 0 && <Alert severity="info">{t('till.day.tillsOpen', { names: tillsOpen.map((session) => session.cashierName).join(', ') })}</Alert>}
          {!data.zNo && (
            <Button variant="contained" color="warning" disabled={tillsOpen.length > 0 || undecided > 0} onClick={() => setConfirming(true)} sx={{ alignSelf: 'flex-start' }} data-testid="day-close">
              {t('till.day.close')}
            </Button>
          )}
          <ZReportButtons clinicDate={clinicDate} />
        </Stack>
      </CardContent>
      {confirming && (
        <ConfirmDialog
          title={t('till.day.confirmTitle', { date: dates.date(clinicDate) })}
          confirmLabel={t('till.day.close')}
          testId="day-close-dialog"
          color="warning"
          pending={close.isPending}
          error={close.error}
          onConfirm={() => close.mutate({ clinicDate, openVisits: ticketOpen.map((visit) => ({ visitId: visit.visitId, action: actions[visit.visitId] ?? 'carry' })) })}
          onClose={() => setConfirming(false)}
        >
          {t('till.day.confirmText', { amount: money(netTakenSen(data)) })}
        </ConfirmDialog>
      )}
    </Card>
  );
}
