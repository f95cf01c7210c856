import { TextField, type TextFieldProps } from '@mui/material';
import { useState } from 'react';

type Props = Omit<TextFieldProps, 'value' | 'onChange'> & { value: number | null; onChange: (value: number | null) => void; testId?: string };

const parsed = (text: string): number | null => {
  const value = Number(text.replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
};

/**
 * A number typed as text: what was typed stays as typed ("0.", "2.5") while the draft gets the
 * number, or null when empty or not a number. A value set from outside (another row chosen, the
 * form cleared after a save, the strength's text read) replaces the text.
 */
export function NumberTextField({ value, onChange, testId, ...props }: Props) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value === null ? '' : String(value));
  }
  return (
    <TextField
      {...props}
      size="small"
      value={text}
      onChange={(event) => {
        const next = parsed(event.target.value);
        setText(event.target.value);
        setShown(next);
        onChange(next);
      }}
      slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': testId } }}
    />
  );
}
