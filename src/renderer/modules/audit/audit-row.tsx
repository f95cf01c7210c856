import { Box, Chip, Collapse, IconButton, Stack, TableCell, TableRow, Typography } from '@mui/material';
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PATIENT_READ_ACTIONS, type AuditEntry } from '../../../shared/schemas/audit';

function Json({ title, value }: { title: string; value: unknown }) {
  return (
    <Box sx={{ flex: 1, minWidth: 0 }}>
      <Typography variant="subtitle2">{title}</Typography>
      <Box component="pre" sx={{ m: 0, p: 1, bgcolor: 'grey.100', borderRadius: 1, overflow: 'auto', fontSize: '0.75rem' }}>
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </Box>
    </Box>
  );
}

const VIEWS: readonly string[] = [PATIENT_READ_ACTIONS.record, PATIENT_READ_ACTIONS.history, PATIENT_READ_ACTIONS.photo, PATIENT_READ_ACTIONS.visits, PATIENT_READ_ACTIONS.documents];

/** Reads of patient data say so in words: who viewed a record, who searched and how many patients it showed. */
function ReadLabel({ entry }: { entry: ListedAuditEntry }) {
  const { t } = useTranslation();
  let label: string | null = null;
  if (VIEWS.includes(entry.action)) label = t('audit.read.viewed');
  if (entry.action === PATIENT_READ_ACTIONS.search) {
    const shown = (entry.after as { patientIds?: unknown[] } | undefined)?.patientIds?.length ?? 0;
    label = t('audit.read.searched', { count: shown });
  }
  return label ? <Chip size="small" variant="outlined" label={label} sx={{ ml: 1 }} /> : null;
}

/** As it arrives over the wire, where a missing before/after simply stays absent. */
export type ListedAuditEntry = Omit<AuditEntry, 'before' | 'after'> & { before?: unknown; after?: unknown };

export function AuditRow({ entry }: { entry: ListedAuditEntry }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <TableRow hover>
        <TableCell padding="checkbox">
          <IconButton size="small" aria-label={`${entry.seq}`} onClick={() => setOpen(!open)}>
            {open ? <KeyboardArrowUpIcon /> : <KeyboardArrowDownIcon />}
          </IconButton>
        </TableCell>
        <TableCell>{entry.seq}</TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>{new Date(entry.at).toLocaleString()}</TableCell>
        <TableCell>{entry.actorName ?? t('audit.system')}</TableCell>
        <TableCell>
          {entry.action}
          <ReadLabel entry={entry} />
        </TableCell>
        <TableCell>{entry.entity}</TableCell>
        <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.75rem' }}>{entry.entityId ?? '—'}</TableCell>
      </TableRow>
      <TableRow>
        <TableCell colSpan={7} sx={{ py: 0, borderBottom: open ? undefined : 'none' }}>
          <Collapse in={open} unmountOnExit>
            <Stack direction="row" spacing={2} sx={{ py: 2 }}>
              <Json title={t('audit.before')} value={entry.before} />
              <Json title={t('audit.after')} value={entry.after} />
            </Stack>
          </Collapse>
        </TableCell>
      </TableRow>
    </>
  );
}
