import { FormHelperText, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from './date-field';
import { readTypedTime } from './day-first';
import { useTypedText } from './use-typed-text';

interface Props {
  label: string;
  /** `yyyy-mm-ddTHH:MM` on the clinic's wall clock, or '' for none. */
  value: string;
  /** `yyyy-mm-ddTHH:MM` once both the day and the time read right, else ''. */
  onChange: (dateTime: string) => void;
  size?: 'small' | 'medium';
  error?: boolean;
  /** The day's `data-testid`; the time's is the same with `-time`. */
  testId: string;
}

interface Parts {
  date: string;
  time: string;
}

function partsOf(value: string): Parts {
  const [date = '', time = ''] = value.split('T');
  return { date, time: time.slice(0, 5) };
}

function valueOf({ date, time }: Parts): string {
  return date && time ? `${date}T${time}` : '';
}

/** A day typed day first and a 24-hour time beside it, for a start or end. */
export function DateTimeField({ label, value, onChange, size, error, testId }: Props) {
  const { t } = useTranslation();
  // Each part is kept while the other is being retyped, when the whole is not yet a time.
  const [parts, setParts] = useState(() => partsOf(value));
  const [given, setGiven] = useState(value);
  if (value !== given) {
    setGiven(value);
    if (valueOf(parts) !== value) setParts(partsOf(value));
  }
  const [timeText, setTimeText] = useTypedText(parts.time, (time) => time, (typed) => readTypedTime(typed) ?? '');
  const [timeFinished, setTimeFinished] = useState(true);
  const change = (next: Parts): void => {
    setParts(next);
    setGiven(valueOf(next));
    onChange(valueOf(next));
  };
  const timeWrong = timeFinished && timeText.trim() !== '' && readTypedTime(timeText) === null;

  return (
    <Stack>
      <Stack direction="row" spacing={1}>
        <DateField label={label} size={size} error={error} value={parts.date} onChange={(date) => change({ ...parts, date })} htmlInput={{ 'data-testid': testId }} sx={{ width: 170 }} />
        <TextField
          label={t('components.dateField.time')}
          size={size}
          value={timeText}
          error={timeWrong || error}
          placeholder={t('components.dateField.timePlaceholder')}
          onChange={(event) => {
            setTimeText(event.target.value);
            setTimeFinished(false);
            change({ ...parts, time: readTypedTime(event.target.value) ?? '' });
          }}
          onBlur={() => {
            setTimeFinished(true);
            const time = readTypedTime(timeText);
            if (time) setTimeText(time);
          }}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `${testId}-time`, maxLength: 5, autoComplete: 'off' } }}
          sx={{ width: 90 }}
        />
      </Stack>
      {/* Under both parts: the time box is too narrow to hold the sentence. */}
      {timeWrong && <FormHelperText error sx={{ maxWidth: 270 }}>{t('components.dateField.timeUnreadable')}</FormHelperText>}
    </Stack>
  );
}
