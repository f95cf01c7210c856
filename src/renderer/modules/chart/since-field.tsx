import { TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { readPartialDate } from './partial-date';

interface Props {
  /** As typed: `2015`, `06/2015`, `15/06/2015`. */
  value: string;
  onChange: (typed: string) => void;
  label?: string;
  testId: string;
  width?: number;
}

/** A "since when" field that takes a year, a month or a day, and says so when what is typed is none of them. */
export function SinceField({ value, onChange, label, testId, width = 170 }: Props) {
  const { t } = useTranslation();
  const unreadable = readPartialDate(value) === null;
  return (
    <TextField
      size="small"
      label={label ?? t('chart.sinceLabel')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={unreadable}
      helperText={unreadable ? t('chart.sinceInvalid') : undefined}
      sx={{ width }}
      placeholder={t('chart.sincePlaceholder')}
      slotProps={{ htmlInput: { 'data-testid': testId, inputMode: 'numeric' }, inputLabel: { shrink: true } }}
    />
  );
}

/** The stored form of a since-field's text, null for empty (callers refuse to send an unreadable one). */
export function sinceOf(typed: string): string | null {
  return readPartialDate(typed) || null;
}
