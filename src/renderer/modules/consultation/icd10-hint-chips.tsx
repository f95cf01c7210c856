import { Chip, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Icd10Hint } from '../../../shared/schemas/ai-notes';

/** A note draft's ICD-10 hints: clicking one adds it as the visit's diagnosis. `<testIdPrefix>-<code>` is each chip. */
export function Icd10HintChips({ hints, testIdPrefix, onAdd }: { hints: Icd10Hint[]; testIdPrefix: string; onAdd: (hint: Icd10Hint) => void }) {
  const { t } = useTranslation();
  if (hints.length === 0) return null;
  return (
    <>
      <Typography variant="caption">{t('consultation.structure.hints')}</Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {hints.map((hint) => (
          <Chip key={hint.code} label={`${hint.code} ${hint.description}`} title={t('consultation.structure.matched', { words: hint.matched.join(' ') })} onClick={() => onAdd(hint)} data-testid={`${testIdPrefix}-${hint.code}`} />
        ))}
      </Stack>
    </>
  );
}
