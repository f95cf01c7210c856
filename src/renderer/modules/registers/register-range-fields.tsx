import { Alert, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field/date-field';
import { rangeProblem, type RegisterRange } from './register-range';

interface RegisterRangeFieldsProps {
  range: RegisterRange;
  onChange: (range: RegisterRange) => void;
}

/** The period a register shows, and why it cannot be shown yet (a day missing, the days the wrong way round). */
export function RegisterRangeFields({ range, onChange }: RegisterRangeFieldsProps) {
  const { t } = useTranslation();
  const problem = rangeProblem(range);
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} role="group" aria-label={t('registers.range')}>
        <DateField label={t('registers.from')} value={range.from} onChange={(from) => onChange({ ...range, from })} size="small" htmlInput={{ 'data-testid': 'registers-from' }} />
        <DateField label={t('registers.to')} value={range.to} onChange={(to) => onChange({ ...range, to })} size="small" htmlInput={{ 'data-testid': 'registers-to' }} />
      </Stack>
      {problem && (
        <Alert severity="warning" data-testid="registers-range-problem">
          {t(`registers.rangeProblems.${problem}`)}
        </Alert>
      )}
    </Stack>
  );
}
