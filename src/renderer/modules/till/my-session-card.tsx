import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';
import { useClinicDates } from '../../format/use-clinic-clock';
import { MoneyTextField } from '../medicines/money-text-field';
import { CashCountDialog } from './cash-count-dialog';
import { MethodTotals } from './method-totals';

/** The signed-in cashier's till: open it with the float in the drawer, see what it should hold, count it and close it. */
export function MySessionCard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const money = useRinggit();
  const dates = useClinicDates();
  const session = useQuery(trpc.till.mySession.queryOptions());
  const [floatSen, setFloatSen] = useState<number | null>(null);
  const [counting, setCounting] = useState(false);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.till.pathKey() });
  const open = useMutation(trpc.till.openSession.mutationOptions({ onSuccess: refresh }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (floatSen !== null) open.mutate({ floatSen });
  };
  const mine = session.data;
  return (
    <Card variant="outlined" data-testid="my-session">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {t('till.mine.title')}
          </Typography>
          <ErrorAlert error={session.error} />
          {session.data === null && (
            <Stack component="form" onSubmit={submit} spacing={2}>
              <Typography color="text.secondary">{t('till.mine.closedHint')}</Typography>
              <MoneyTextField label={t('till.mine.float')} value={floatSen} onChange={setFloatSen} sx={{ width: 220 }} testId="till-float" />
              <ErrorAlert error={open.error} />
              <Button type="submit" variant="contained" disabled={floatSen === null || open.isPending} sx={{ alignSelf: 'flex-start' }} data-testid="till-open">
                {t('till.mine.open')}
              </Button>
            </Stack>
          )}
          {mine && (
            <>
              <Typography>{t('till.mine.openSince', { time: dates.time(mine.openedAt), amount: money(mine.floatSen) })}</Typography>
              <MethodTotals totals={mine.byMethod} empty={t('till.mine.nothingYet')} />
              {mine.refundedCashSen > 0 && <Typography>{t('till.mine.refunded', { amount: money(mine.refundedCashSen) })}</Typography>}
              <Typography variant="h6" data-testid="till-expected">
                {t('till.mine.expected', { amount: money(mine.expectedCashSen) })}
              </Typography>
              <Button variant="contained" onClick={() => setCounting(true)} sx={{ alignSelf: 'flex-start' }} data-testid="till-count">
                {t('till.mine.countAndClose')}
              </Button>
            </>
          )}
        </Stack>
      </CardContent>
      {counting && mine && <CashCountDialog session={mine} onClose={() => setCounting(false)} onClosed={() => { setCounting(false); refresh(); }} />}
    </Card>
  );
}
