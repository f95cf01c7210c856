import { Box, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';

/**
 * Exactly what would leave this PC for a text about a patient: the redacted text, and how many
 * places each kind of identifier was replaced. For the AI features' "what will be sent" view;
 * it needs clinical.view, as reading the chart does.
 */
export function RedactionPreview({ text, patientId }: { text: string; patientId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const preview = useQuery({ ...trpc.ai.redact.queryOptions({ text, patientId }), enabled: text.trim().length > 0 });
  return (
    <Stack spacing={1} data-testid="ai-redaction-preview">
      <Typography variant="subtitle2">{t('ai.preview.title')}</Typography>
      <ErrorAlert error={preview.error} />
      {preview.data && (
        <>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
            {Object.entries(preview.data.counts).map(([kind, count]) => (
              <Chip key={kind} size="small" label={`${kind} × ${count}`} />
            ))}
            {Object.keys(preview.data.counts).length === 0 && <Typography variant="body2">{t('ai.preview.nothingFound')}</Typography>}
          </Stack>
          <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace', fontSize: 13, m: 0, p: 1, bgcolor: 'action.hover', borderRadius: 1 }}>
            {preview.data.text}
          </Box>
        </>
      )}
    </Stack>
  );
}
