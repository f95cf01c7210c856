import { Box, Button, Card, CardContent, List, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';
import { AgingTable } from './aging-table';
import { BatchDetail } from './batch-detail';

/** Panel claims: what waits to be claimed, the batches sent (`?batch=<id>` open), and what each panel still owes by age. */
export function ClaimsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const money = useRinggit();
  const [params, setParams] = useSearchParams();
  const batchId = params.get('batch');
  const unclaimed = useQuery(trpc.claims.unclaimed.queryOptions());
  const batches = useQuery(trpc.claims.batches.queryOptions({ panelId: null }));
  const create = useMutation(
    trpc.claims.createBatch.mutationOptions({
      onSuccess: (batch) => {
        void queryClient.invalidateQueries({ queryKey: trpc.claims.pathKey() });
        setParams({ batch: batch.id });
      },
    }),
  );
  return (
    <Box>
      <Typography variant="h4" component="h1">
        {t('nav.claims')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('claims.subtitle')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: '340px minmax(0, 1fr)' }, alignItems: 'start' }}>
        <Stack spacing={2}>
          <Card variant="outlined" data-testid="claims-unclaimed">
            <CardContent>
              <Typography variant="h6" component="h2">{t('claims.unclaimed.title')}</Typography>
              <ErrorAlert error={unclaimed.error ?? create.error} />
              {unclaimed.data?.length === 0 && <Typography color="text.secondary">{t('claims.unclaimed.empty')}</Typography>}
              {unclaimed.data?.map((panel) =>
                panel.periods.map((period) => (
                  <Stack key={`${panel.panelId}-${period.period}`} direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between', py: 0.5 }}>
                    <Box>
                      <Typography>{`${panel.panelName} · ${period.period}`}</Typography>
                      <Typography variant="body2" color="text.secondary">
                        {t('claims.unclaimed.line', { count: period.invoices, amount: money(period.coveredSen), deadline: period.deadline })}
                      </Typography>
                    </Box>
                    <Button size="small" variant="outlined" disabled={create.isPending} onClick={() => create.mutate({ panelId: panel.panelId, period: period.period })} data-testid={`claims-create-${panel.panelCode}-${period.period}`}>
                      {t('claims.unclaimed.create')}
                    </Button>
                  </Stack>
                )),
              )}
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="h6" component="h2">{t('claims.batches.title')}</Typography>
              <ErrorAlert error={batches.error} />
              {batches.data?.length === 0 && <Typography color="text.secondary">{t('claims.batches.empty')}</Typography>}
              <List dense>
                {batches.data?.map((batch) => (
                  <ListItemButton key={batch.id} selected={batch.id === batchId} onClick={() => setParams({ batch: batch.id })} data-testid={`claims-batch-${batch.number}`}>
                    <ListItemText primary={`${batch.number} · ${batch.panelName} · ${batch.period}`} secondary={t('claims.batches.line', { claimed: money(batch.claimedSen), outstanding: money(batch.outstandingSen) })} />
                  </ListItemButton>
                ))}
              </List>
            </CardContent>
          </Card>
        </Stack>
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          {batchId ? <BatchDetail key={batchId} batchId={batchId} /> : <Typography color="text.secondary">{t('claims.pick')}</Typography>}
          <AgingTable />
        </Stack>
      </Box>
    </Box>
  );
}
