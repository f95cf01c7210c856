import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled group of a form's fields on a line of its own, its fields wrapping as the row fields do. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="fieldset" sx={{ width: '100%', border: 0, m: 0, p: 0, minWidth: 0 }}>
      <Typography component="legend" variant="overline" color="text.secondary" sx={{ p: 0 }}>
        {title}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {children}
      </Stack>
    </Box>
  );
}
