import { MenuItem, TextField } from '@mui/material';

export interface Choice<Value extends string> {
  value: Value;
  label: string;
}

/** A drop-down of fixed choices (a kind, a room type) in a set-up form; '' is a choice of "none" where one is offered. */
export function ChoiceField<Value extends string>({ label, value, choices, onChange, width, testId }: { label: string; value: Value; choices: readonly Choice<Value>[]; onChange: (value: Value) => void; width: number; testId?: string }) {
  return (
    <TextField select size="small" label={label} value={value} onChange={(event) => onChange(event.target.value as Value)} sx={{ width }} data-testid={testId}>
      {choices.map((choice) => (
        <MenuItem key={choice.value} value={choice.value}>
          {choice.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
