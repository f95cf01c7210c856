import { TextField, type TextFieldProps } from '@mui/material';
import { useState } from 'react';

type Props = Omit<TextFieldProps, 'value' | 'onChange'> & { value: number | null; onChange: (value: number | null) => void; testId?: string };

/**
 * A number typed as text: what was typed stays as typed ("0.", "2.5") while the draft gets the
 * number, or null when empty or not a number. Keyed by its record where used, so an edit of
 * another row starts from that row's value.
 */
export function NumberTextField({ value, onChange, testId, ...props }: Props) {
  const [text, setText] = useState(value === null ? '' : String(value));
  return (
    <TextField
      {...props}
      size="small"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const parsed = Number(event.target.value.replace(',', '.'));
        onChange(event.target.value.trim() === '' || !Number.isFinite(parsed) ? null : parsed);
      }}
      slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': testId } }}
    />
  );
}
