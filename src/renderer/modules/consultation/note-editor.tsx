import { Alert, Box, Button, Menu, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SOAP_SECTIONS, type NoteTemplate, type SoapNote } from '../../../shared/schemas/consultation';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicDates } from '../../format/use-clinic-clock';
import { SaveTemplateDialog } from './save-template-dialog';
import type { AutosaveState } from './use-note-autosave';

interface Props {
  note: SoapNote;
  onChange: (note: SoapNote) => void;
  state: AutosaveState;
  restored: boolean;
  onReload: () => void;
}

/** A template fills the parts of the note still empty; what the doctor already wrote stays. */
export function withTemplate(note: SoapNote, template: NoteTemplate): SoapNote {
  const filled = { ...note };
  for (const section of SOAP_SECTIONS) if (filled[section].trim() === '') filled[section] = template.note[section];
  return filled;
}

/** The SOAP note being written: four boxes, a template menu, and whether the hub has it yet. */
export function NoteEditor({ note, onChange, state, restored, onReload }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dates = useClinicDates();
  const templates = useQuery(trpc.consultation.templates.list.queryOptions());
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const locked = state.kind === 'conflict';
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button size="small" variant="outlined" onClick={(e) => setMenu(e.currentTarget)} disabled={locked} data-testid="note-template">
          {t('consultation.applyTemplate')}
        </Button>
        <Menu anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)}>
          {(templates.data ?? [])
            .filter((template) => template.active)
            .map((template) => (
              <MenuItem
                key={template.id}
                data-testid={`note-template-${template.name}`}
                onClick={() => {
                  onChange(withTemplate(note, template));
                  setApplied(template.name);
                  setMenu(null);
                }}
              >
                {template.name}
              </MenuItem>
            ))}
        </Menu>
        <Button size="small" onClick={() => setSaving(true)} disabled={locked || SOAP_SECTIONS.every((s) => note[s].trim() === '')} data-testid="note-save-template">
          {t('consultation.saveAsTemplate')}
        </Button>
        <Box sx={{ flex: 1 }} />
        <Typography variant="caption" color="text.secondary" data-testid="note-save-state" aria-live="polite">
          {state.kind === 'saving' && t('consultation.saving')}
          {state.kind === 'saved' && t('consultation.saved', { time: dates.time(state.at) })}
          {state.kind === 'idle' && t('consultation.notSaved')}
        </Typography>
      </Stack>
      {applied && <Alert severity="info" onClose={() => setApplied(null)}>{t('consultation.templateApplied', { name: applied })}</Alert>}
      {restored && <Alert severity="info">{t('consultation.restored')}</Alert>}
      {state.kind === 'failed' && <ErrorAlert error={state.error} />}
      {locked && (
        <Alert severity="warning" data-testid="note-conflict" action={<Button onClick={onReload}>{t('consultation.reload')}</Button>}>
          {state.changedBy ? t('consultation.conflict', { name: state.changedBy }) : t('consultation.conflictNobody')}
        </Alert>
      )}
      {saving && <SaveTemplateDialog note={note} onClose={() => setSaving(false)} />}
      {SOAP_SECTIONS.map((section, index) => (
        <TextField
          key={section}
          label={t(`consultation.soap.${section}`)}
          placeholder={t(`consultation.soap.${section}Hint`)}
          value={note[section]}
          onChange={(e) => onChange({ ...note, [section]: e.target.value })}
          multiline
          minRows={index === 0 ? 3 : 2}
          fullWidth
          autoFocus={index === 0}
          slotProps={{ htmlInput: { 'data-testid': `note-${section}`, maxLength: 10_000, readOnly: locked } }}
        />
      ))}
    </Stack>
  );
}
