import { Alert, Box, Button, IconButton, Stack, TextField, Tooltip } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/ai-draft';
import type { HistorySummaryContent, SummaryStatement } from '../../../shared/schemas/history-summary';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { DraftNotice, useDraftVerdict } from '../ai/draft-notice';
import { StatementsBySection } from './summary-statements';
import { SummarySources } from './summary-sources';

interface Props {
  patientId: string;
  draft: Draft<HistorySummaryContent>;
  /** The draft was saved or discarded. */
  onDone: () => void;
}

/**
 * A summary draft to read and correct before it goes on the chart: each statement's wording can
 * be changed or the statement removed, its sources stay attached. Accepting saves it; discarding
 * saves nothing.
 */
export function HistorySummaryDraft({ patientId, draft, onDone }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const verdict = useDraftVerdict();
  const [statements, setStatements] = useState<(SummaryStatement | null)[]>(draft.content.statements);
  const kept = statements.filter((statement): statement is SummaryStatement => statement !== null && statement.text.trim() !== '');
  const edited = kept.length !== draft.content.statements.length || statements.some((statement, index) => statement?.text !== draft.content.statements[index]?.text);
  const save = useMutation(
    trpc.chart.saveHistorySummary.mutationOptions({
      onSuccess: () => {
        verdict(draft, edited ? 'edited' : 'accepted');
        void queryClient.invalidateQueries({ queryKey: trpc.chart.historySummary.queryKey({ patientId }) });
        onDone();
      },
    }),
  );
  const change = (index: number, next: SummaryStatement | null) => setStatements((list) => list.map((statement, i) => (i === index ? next : statement)));
  const discard = () => {
    verdict(draft, 'rejected');
    onDone();
  };
  return (
    <Stack spacing={1.5} data-testid="history-summary-draft">
      <DraftNotice draft={draft} />
      {draft.content.statements.length === 0 ? (
        <Alert severity="info">{t('chart.summary.nothingToSummarise')}</Alert>
      ) : (
        <StatementsBySection
          statements={draft.content.statements}
          render={(original, index) => {
            const statement = statements[index];
            if (!statement) return null;
            return (
              <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} data-testid="summary-draft-statement">
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <TextField
                    value={statement.text}
                    onChange={(event) => change(index, { ...statement, text: event.target.value })}
                    size="small"
                    fullWidth
                    multiline
                    slotProps={{ htmlInput: { maxLength: 500, 'aria-label': t(`chart.summary.sections.${original.section}`) } }}
                    data-testid="summary-draft-text"
                  />
                  <SummarySources sources={statement.sources} />
                </Box>
                <Tooltip title={t('chart.summary.remove')}>
                  <IconButton aria-label={t('chart.summary.remove')} onClick={() => change(index, null)} data-testid="summary-draft-remove">
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              </Stack>
            );
          }}
        />
      )}
      <ErrorAlert error={save.error} />
      {kept.length === 0 && draft.content.statements.length > 0 && <Alert severity="warning">{t('chart.summary.keepOne')}</Alert>}
      <Stack direction="row" spacing={1}>
        <Button
          variant="contained"
          disabled={kept.length === 0 || save.isPending}
          onClick={() => save.mutate({ patientId, statements: kept, fromModel: draft.source === 'model', edited })}
          data-testid="summary-accept"
        >
          {t('chart.summary.accept')}
        </Button>
        <Button onClick={discard} data-testid="summary-discard">
          {t('chart.summary.discard')}
        </Button>
      </Stack>
    </Stack>
  );
}
