import { Button, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditListInput } from '../../../shared/schemas/audit';

/** Dates are whole local days: "to" includes the day it names. */
function toInput(action: string, entity: string, from: string, to: string): AuditListInput {
  const input: AuditListInput = {};
  if (action.trim()) input.action = action.trim();
  if (entity.trim()) input.entity = entity.trim();
  if (from) input.from = new Date(`${from}T00:00:00`).toISOString();
  if (to) input.to = new Date(`${to}T23:59:59.999`).toISOString();
  return input;
}

export function AuditFilters({ onApply }: { onApply: (filters: AuditListInput) => void }) {
  const { t } = useTranslation();
  const [action, setAction] = useState('');
  const [entity, setEntity] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onApply(toInput(action, entity, from, to));
  };
  return (
    <Stack component="form" onSubmit={submit} direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <TextField size="small" label={t('audit.actionPrefix')} autoFocus value={action} onChange={(event) => setAction(event.target.value)} />
      <TextField size="small" label={t('audit.entity')} value={entity} onChange={(event) => setEntity(event.target.value)} />
      <TextField size="small" type="date" label={t('audit.from')} value={from} onChange={(event) => setFrom(event.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
      <TextField size="small" type="date" label={t('audit.to')} value={to} onChange={(event) => setTo(event.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
      <Button type="submit" variant="outlined">
        {t('audit.filter')}
      </Button>
    </Stack>
  );
}
