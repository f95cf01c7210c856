import { Chip, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { VitalFlag } from '../../../shared/vitals/vital-flags';
import { flagColour, flagInWords } from './vital-words';

/** A recording's flags, each named with its measure, level and range. */
export function VitalFlagChips({ flags }: { flags: VitalFlag[] }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }} data-testid="vitals-flags">
      {flags.map((flag) => (
        <Chip
          key={flag.measure}
          size="small"
          color={flagColour(flag.level)}
          variant={flag.level.startsWith('critical') ? 'filled' : 'outlined'}
          label={`${t(`vitals.measures.${flag.measure}`)}: ${flagInWords(t, flag)}`}
          data-testid={`vitals-flag-${flag.measure}`}
        />
      ))}
    </Stack>
  );
}
