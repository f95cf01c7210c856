import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import type { TFunction } from 'i18next';
import { IconButton, InputAdornment, TextField, type SxProps, type Theme } from '@mui/material';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarDay } from '../../format/clinic-dates';
import { useClinicClock } from '../../format/use-clinic-clock';
import { dayFirst, readTypedDate, type TypedDate } from './day-first';
import { useTypedText } from './use-typed-text';

export interface DateFieldProps {
  label: string;
  /** `yyyy-mm-dd`, or '' for none. */
  value: string;
  /** `yyyy-mm-dd` for a date, '' when emptied or not a date (as Chromium's own date input did). */
  onChange: (date: string) => void;
  min?: string;
  max?: string;
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  fullWidth?: boolean;
  size?: 'small' | 'medium';
  /** From useFormErrors' `check`: the hub's or the form's own word on the field. */
  error?: boolean;
  helperText?: ReactNode;
  /** Attributes of the input itself: `data-testid`, useFormErrors' `data-field`. */
  htmlInput?: Record<string, string | number | undefined>;
  sx?: SxProps<Theme>;
  /**
   * Text that is not a date goes to the screen as typed, so a saved form is refused at this
   * field rather than saved with the date left out (a date of birth); off for fields that feed a
   * look-up, which would fail on it.
   */
  keepUnreadable?: boolean;
}

/** What the field sends on for what it reads. */
function meaningOf(read: TypedDate, typed: string, keepUnreadable: boolean): string {
  if (read.kind === 'date') return read.date;
  return read.kind !== 'empty' && keepUnreadable ? typed.trim() : '';
}

/**
 * A date typed and shown day first (dd/mm/yyyy), whatever this PC's locale says, with a
 * calendar to pick from; the screen's state stays `yyyy-mm-dd`.
 */
export function DateField({ label, value, onChange, min, max, required, disabled, autoFocus, fullWidth, size, error, helperText, htmlInput, sx, keepUnreadable = false }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const today = useClinicClock().date;
  const context = { today, min, max };
  const read = (typed: string): TypedDate => readTypedDate(typed, context);
  const [text, setText] = useTypedText(value, dayFirst, (typed) => meaningOf(read(typed), typed, keepUnreadable));
  // An unfinished date is not wrong yet: it is judged once the user moves on.
  const [finished, setFinished] = useState(true);
  const picker = useRef<HTMLInputElement>(null);

  const change = (typed: string): void => {
    setText(typed);
    setFinished(false);
    onChange(meaningOf(read(typed), typed, keepUnreadable));
  };
  const reading = read(text);
  const problem = problemOf(reading, text, { min, max, finished }, (date) => calendarDay(date, i18n.language, 'none'), t);

  return (
    <TextField
      label={label}
      value={text}
      required={required}
      disabled={disabled}
      autoFocus={autoFocus}
      fullWidth={fullWidth}
      size={size}
      sx={sx}
      error={Boolean(problem) || error}
      helperText={problem ?? helperText}
      placeholder={t('components.dateField.placeholder')}
      onChange={(event) => change(event.target.value)}
      onBlur={() => {
        setFinished(true);
        if (reading.kind === 'date') setText(dayFirst(reading.date));
      }}
      slotProps={{
        inputLabel: { shrink: true },
        htmlInput: { ...htmlInput, maxLength: 12, autoComplete: 'off' },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton size="small" edge="end" tabIndex={-1} disabled={disabled} aria-label={t('components.dateField.pick')} onClick={() => picker.current?.showPicker()}>
                <CalendarMonthIcon fontSize="small" />
              </IconButton>
              {/* Chromium's own calendar, for picking only: its text box is the one that followed the PC's locale. */}
              <input
                ref={picker}
                type="date"
                tabIndex={-1}
                aria-hidden
                min={min}
                max={max}
                value={reading.kind === 'date' ? reading.date : ''}
                onChange={(event) => {
                  setText(dayFirst(event.target.value));
                  setFinished(true);
                  onChange(event.target.value);
                }}
                style={{ position: 'absolute', right: 0, bottom: 0, width: 0, height: 0, padding: 0, border: 0, opacity: 0, pointerEvents: 'none' }}
              />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}

/** What is wrong with the typed text, in the screen's language, or null. */
function problemOf(
  reading: TypedDate,
  text: string,
  { min, max, finished }: { min?: string; max?: string; finished: boolean },
  dayName: (date: string) => string,
  t: TFunction,
): string | null {
  if (reading.kind === 'unreadable') return finished ? t('components.dateField.unreadable') : null;
  if (reading.kind === 'impossible') return t('components.dateField.impossible', { text: text.trim() });
  if (reading.kind !== 'date') return null;
  if (min && reading.date < min) return t('components.dateField.tooEarly', { date: dayName(min) });
  if (max && reading.date > max) return t('components.dateField.tooLate', { date: dayName(max) });
  return null;
}
