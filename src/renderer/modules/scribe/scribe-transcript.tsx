import { Box, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ScribeTranscriptLine } from '../../../shared/schemas/scribe';
import { minutesAndSeconds } from './scribe-recorder-controls';

/** The transcript as numbered, timed lines; the lines a draft sentence came from are highlighted. */
export function ScribeTranscript({ lines, highlighted }: { lines: ScribeTranscriptLine[]; highlighted: ReadonlySet<number> }) {
  const { t } = useTranslation();
  if (lines.length === 0) return <Typography color="text.secondary">{t('scribe.emptyTranscript')}</Typography>;
  return (
    <Stack component="ol" spacing={0.25} sx={{ listStyle: 'none', p: 0, m: 0, maxHeight: 320, overflowY: 'auto' }} aria-label={t('scribe.transcript')} data-testid="scribe-transcript">
      {lines.map((line) => {
        const lit = highlighted.has(line.no);
        return (
          <Box
            component="li"
            key={line.no}
            data-testid="scribe-line"
            data-line={line.no}
            data-highlighted={lit}
            sx={{ display: 'flex', gap: 1, px: 0.5, borderRadius: 1, bgcolor: lit ? 'warning.light' : undefined }}
          >
            <Typography variant="body2" color="text.secondary" sx={{ minWidth: '2.5em', textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
              {line.no}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ minWidth: '3em', fontVariantNumeric: 'tabular-nums' }}>
              {minutesAndSeconds(line.start)}
            </Typography>
            <Typography variant="body2">{line.text}</Typography>
          </Box>
        );
      })}
    </Stack>
  );
}
