import { Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { DateField } from '../../components/date-field/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { requestPdf } from '../../components/show-pdf';
import { useRinggit } from '../../format/ringgit';
import { useClinicClock } from '../../format/use-clinic-clock';

type Paper = 'A4' | 'A5';

/** A patient's statement of account for the days chosen (this month to today at first): the balances on screen, the rows on paper. */
export function PatientStatement({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const money = useRinggit();
  const today = useClinicClock().date;
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const [paper, setPaper] = useState<Paper>('A4');
  const [shown, setShown] = useState(false);
  const range = from !== '' && to !== '' && from <= to;
  const statement = useQuery({ ...trpc.billing.patientStatement.queryOptions({ patientId, from, to }), enabled: range });
  const pdf = useMutation(trpc.billing.patientStatementPdf.mutationOptions());
  return (
    <Stack spacing={1} data-testid="patient-statement">
      <Typography variant="subtitle1" component="h3">
        {t('billing.account.statement')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center', rowGap: 1 }}>
        <DateField size="small" label={t('billing.account.from')} value={from} onChange={setFrom} max={to} />
        <DateField size="small" label={t('billing.account.to')} value={to} onChange={setTo} min={from} />
        <TextField select size="small" label={t('billing.documents.paper')} value={paper} onChange={(event) => setPaper(event.target.value as Paper)} sx={{ width: 90 }}>
          <MenuItem value="A4">A4</MenuItem>
          <MenuItem value="A5">A5</MenuItem>
        </TextField>
        <Button onClick={() => requestPdf(pdf.mutate, { patientId, from, to, paper }, () => setShown(true))} disabled={!range || pdf.isPending} data-testid="patient-statement-pdf">
          {t('billing.account.statementPdf')}
        </Button>
      </Stack>
      {statement.data && (
        <Typography data-testid="patient-statement-balances">
          {t('billing.account.balances', { opening: money(statement.data.openingSen), count: statement.data.rows.length, closing: money(statement.data.closingSen) })}
        </Typography>
      )}
      {shown && <Typography variant="body2">{t('billing.account.statementShown')}</Typography>}
      <ErrorAlert error={statement.error ?? pdf.error} />
    </Stack>
  );
}
