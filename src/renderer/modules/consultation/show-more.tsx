import { Button, Stack } from '@mui/material';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useState, type ReactNode } from 'react';

/** A part of the workspace the doctor opens when needed (trends, social history), so the note stays near the top. */
export function ShowMore({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Button size="small" onClick={() => setOpen(!open)} endIcon={open ? <ExpandLessIcon /> : <ExpandMoreIcon />} aria-expanded={open} data-testid={testId}>
        {label}
      </Button>
      {open && <Stack sx={{ alignSelf: 'stretch' }}>{children}</Stack>}
    </Stack>
  );
}
