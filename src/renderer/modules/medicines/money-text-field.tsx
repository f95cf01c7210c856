import { TextField, type TextFieldProps } from '@mui/material';
import { useState } from 'react';
import { senFromTyped, typedFromSen } from '../../format/ringgit';

type Props = Omit<TextFieldProps, 'value' | 'onChange'> & { value: number | null; onChange: (sen: number | null) => void; testId?: string };

/** Sen from what was typed: null when blank, -1 when it is not an amount to the sen (the hub then marks the field). */
function senOf(text: string): number | null {
  if (text.trim() === '') return null;
  const sen = senFromTyped(text.replace(',', '.'));
  return sen === null || sen < 0 ? -1 : sen;
}

/**
 * An amount typed in RM ("1.5", "0.35") held as integer sen. What was typed stays as typed while the
 * draft gets the sen; a value set from outside (another row chosen, the form cleared) replaces it.
 */
export function MoneyTextField({ value, onChange, testId, ...props }: Props) {
  const shownText = (sen: number | null): string => (sen === null || sen < 0 ? '' : typedFromSen(sen));
  const [text, setText] = useState(shownText(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(shownText(value));
  }
  return (
    <TextField
      {...props}
      size="small"
      value={text}
      error={props.error || senOf(text) === -1}
      onChange={(event) => {
        const next = senOf(event.target.value);
        setText(event.target.value);
        setShown(next);
        onChange(next);
      }}
      slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': testId } }}
    />
  );
}
