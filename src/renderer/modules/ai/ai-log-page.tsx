import { Box, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AiInteraction } from '../../../shared/schemas/ai';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useRinggit } from '../../format/ringgit';
import { useClinicClock, useClinicDates } from '../../format/use-clinic-clock';

const OUTCOME_COLOUR: Record<AiInteraction['outcome'], 'default' | 'success' | 'info' | 'warning' | 'error'> = { suggested: 'default', accepted: 'success', edited: 'info', rejected: 'warning', failed: 'error' };

/** The AI interaction log for a clinic month: usage and estimated cost by model, then every call with its redacted prompt and answer. */
export function AiLogPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const money = useRinggit();
  const dates = useClinicDates();
  const { date } = useClinicClock();
  const [month, setMonth] = useState(date.slice(0, 7));
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const usage = useQuery({ ...trpc.ai.usage.queryOptions({ month }), enabled: valid });
  const interactions = useQuery({ ...trpc.ai.interactions.queryOptions({ month, limit: 200 }), enabled: valid });
  // Thousandths of a sen, shown to the sen: the estimate is for the month's bill, not one call.
  const cost = (millisen: number) => money(Math.round(millisen / 1000));
  return (
    <Box>
      <Typography variant="h4" component="h1">
        {t('nav.aiLog')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('ai.log.subtitle')}
      </Typography>
      <Stack spacing={2} sx={{ maxWidth: 1100 }}>
        <TextField type="month" label={t('ai.log.month')} value={month} onChange={(e) => setMonth(e.target.value)} sx={{ maxWidth: 220 }} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'ai-log-month' } }} />
        <ErrorAlert error={usage.error ?? interactions.error} />
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
              {t('ai.log.usage')}
            </Typography>
            <Table size="small" data-testid="ai-usage">
              <TableHead>
                <TableRow>
                  <TableCell>{t('ai.log.model')}</TableCell>
                  <TableCell align="right">{t('ai.log.calls')}</TableCell>
                  <TableCell align="right">{t('ai.log.failed')}</TableCell>
                  <TableCell align="right">{t('ai.log.tokensIn')}</TableCell>
                  <TableCell align="right">{t('ai.log.tokensOut')}</TableCell>
                  <TableCell align="right">{t('ai.log.cost')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {(usage.data ?? []).map((row) => (
                  <TableRow key={row.model}>
                    <TableCell>{row.model}</TableCell>
                    <TableCell align="right">{row.calls}</TableCell>
                    <TableCell align="right">{row.failures}</TableCell>
                    <TableCell align="right">{row.promptTokens}</TableCell>
                    <TableCell align="right">{row.completionTokens}</TableCell>
                    <TableCell align="right">{cost(row.costMillisen)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
        <Typography variant="h6" component="h2">
          {t('ai.log.interactions')}
        </Typography>
        {interactions.data?.length === 0 && <Typography color="text.secondary">{t('ai.log.empty')}</Typography>}
        {(interactions.data ?? []).map((row) => (
          <Card key={row.id} variant="outlined" data-testid="ai-interaction">
            <CardContent>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography variant="subtitle2">{dates.dateTime(row.at)}</Typography>
                <Typography variant="body2">{row.userName ?? '—'}</Typography>
                <Typography variant="body2">{t('ai.log.feature')}: {row.feature}</Typography>
                <Typography variant="body2">{t('ai.log.model')}: {row.model}</Typography>
                <Typography variant="body2">{t('ai.log.latencyMs', { ms: row.latencyMs })}</Typography>
                <Typography variant="body2">
                  {row.promptTokens} / {row.completionTokens} · {cost(row.costMillisen)}
                </Typography>
                <Chip size="small" color={OUTCOME_COLOUR[row.outcome]} label={t(`ai.outcomes.${row.outcome}`)} />
                {row.failure && <Typography variant="body2" color="error">{t(`ai.failures.${row.failure}`)}</Typography>}
              </Stack>
              <Typography variant="caption" color="text.secondary">
                {t('ai.log.prompt')}
              </Typography>
              <Typography variant="body2" component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace', m: 0 }}>
                {row.prompt}
              </Typography>
              {row.answer && (
                <>
                  <Typography variant="caption" color="text.secondary">
                    {t('ai.log.answer')}
                  </Typography>
                  <Typography variant="body2" component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace', m: 0 }}>
                    {row.answer}
                  </Typography>
                </>
              )}
            </CardContent>
          </Card>
        ))}
      </Stack>
    </Box>
  );
}
