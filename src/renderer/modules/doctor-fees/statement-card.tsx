import { Button, Card, CardContent, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC, useTRPCClient } from '../../api/client';
import { DateField } from '../../components/date-field/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { saveFile } from '../../components/save-file';
import { useRinggit } from '../../format/ringgit';
import { useClinicClock } from '../../format/use-clinic-clock';

/** A doctor's statement for a period (this month so far unless chosen): visits, shares by kind, the total, and the spreadsheet. */
export function StatementCard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const money = useRinggit();
  const { date: today } = useClinicClock();
  const rules = useQuery(trpc.doctorFees.rules.queryOptions());
  const [doctorId, setDoctorId] = useState('');
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const chosen = doctorId || rules.data?.[0]?.doctorId || '';
  const input = { doctorId: chosen, from, to };
  const statement = useQuery({ ...trpc.doctorFees.statement.queryOptions(input), enabled: chosen !== '' && from !== '' && to !== '' && from <= to });
  const exportCsv = useMutation({
    mutationFn: async () => {
      const file = await client.doctorFees.statementCsv.query(input);
      saveFile(file.csv, file.fileName, 'text/csv;charset=utf-8');
    },
  });
  const data = statement.data;
  return (
    <Card variant="outlined" data-testid="doctor-fee-statement">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {t('doctorFees.statement.title')}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <TextField select size="small" label={t('doctorFees.rules.doctor')} value={chosen} onChange={(event) => setDoctorId(event.target.value)} sx={{ minWidth: 220 }} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'statement-doctor' } as object } }}>
              {rules.data?.map((rule) => (
                <MenuItem key={rule.doctorId} value={rule.doctorId}>
                  {rule.doctorName}
                </MenuItem>
              ))}
            </TextField>
            <DateField size="small" label={t('doctorFees.statement.from')} value={from} onChange={setFrom} max={to} />
            <DateField size="small" label={t('doctorFees.statement.to')} value={to} onChange={setTo} min={from} />
          </Stack>
          <ErrorAlert error={statement.error ?? exportCsv.error} />
          {data && (
            <>
              <Table size="small" aria-label={t('doctorFees.statement.title')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('doctorFees.statement.item')}</TableCell>
                    <TableCell align="right">{t('doctorFees.statement.earned')}</TableCell>
                    <TableCell align="right">{t('doctorFees.statement.shareColumn')}</TableCell>
                    <TableCell align="right">{t('doctorFees.statement.due')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  <TableRow>
                    <TableCell>{t('doctorFees.statement.fixed', { count: data.visits })}</TableCell>
                    <TableCell />
                    <TableCell align="right">{money(data.rule.fixedPerVisitSen)}</TableCell>
                    <TableCell align="right">{money(data.fixedSen)}</TableCell>
                  </TableRow>
                  {data.byKind.map((row) => (
                    <TableRow key={row.kind}>
                      <TableCell>{t(`billing.kinds.${row.kind}`)}</TableCell>
                      <TableCell align="right">{money(row.netSen)}</TableCell>
                      <TableCell align="right">{`${row.shareBp / 100} %`}</TableCell>
                      <TableCell align="right">{money(row.shareSen)}</TableCell>
                    </TableRow>
                  ))}
                  <TableRow>
                    <TableCell sx={{ fontWeight: 'bold' }}>{t('doctorFees.statement.total')}</TableCell>
                    <TableCell />
                    <TableCell />
                    <TableCell align="right" sx={{ fontWeight: 'bold' }} data-testid="statement-total">
                      {money(data.totalSen)}
                    </TableCell>
                  </TableRow>
                </TableBody>
              </Table>
              <Typography color="text.secondary">{t('doctorFees.statement.invoices', { count: data.invoices.length })}</Typography>
              <Button onClick={() => exportCsv.mutate()} disabled={exportCsv.isPending} sx={{ alignSelf: 'flex-start' }} data-testid="statement-csv">
                {t('doctorFees.statement.csv')}
              </Button>
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
