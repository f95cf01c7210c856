import { Button, Chip, Dialog, DialogContent, DialogTitle, ListSubheader, MenuItem, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/client';
import { DateField } from '../../components/date-field/date-field';
import { PatientSearch } from '../patients/patient-search';
import { actionChoicesByArea, NO_AUDIT_FILTERS, type AuditFilterChoice } from './audit-filter-choice';

const ACTION_CHOICES = actionChoicesByArea();

/** Who, which patient, what and when: each change applies at once. */
export function AuditFilters({ value, onChange }: { value: AuditFilterChoice; onChange: (choice: AuditFilterChoice) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const actors = useQuery(trpc.audit.actors.queryOptions());
  const [choosingPatient, setChoosingPatient] = useState(false);
  const set = (changes: Partial<AuditFilterChoice>) => onChange({ ...value, ...changes });

  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <TextField select size="small" label={t('audit.who')} value={value.actorUserId} onChange={(event) => set({ actorUserId: event.target.value })} sx={{ minWidth: 180 }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'audit-filter-who' } }}>
        <MenuItem value="">{t('audit.anyone')}</MenuItem>
        {(actors.data ?? []).map((actor) => (
          <MenuItem key={actor.userId} value={actor.userId} data-testid={`audit-who-${actor.name}`}>
            {actor.name}
          </MenuItem>
        ))}
      </TextField>
      {value.patient ? (
        <Chip label={value.patient.label} onDelete={() => set({ patient: null })} data-testid="audit-filter-patient" />
      ) : (
        <Button variant="outlined" onClick={() => setChoosingPatient(true)} data-testid="audit-choose-patient">
          {t('audit.choosePatient')}
        </Button>
      )}
      <TextField select size="small" label={t('audit.action')} value={value.action} onChange={(event) => set({ action: event.target.value as AuditFilterChoice['action'] })} sx={{ minWidth: 240 }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'audit-filter-action' } }}>
        <MenuItem value="">{t('audit.anyAction')}</MenuItem>
        {ACTION_CHOICES.flatMap(([area, actions]) => [
          <ListSubheader key={area}>{t(`audit.areas.${area}`)}</ListSubheader>,
          ...actions.map((action) => (
            <MenuItem key={action} value={action} data-testid={`audit-action-${action}`}>
              {t(`audit.named.${action}`)}
            </MenuItem>
          )),
        ])}
      </TextField>
      <DateField size="small" label={t('audit.from')} value={value.from} max={value.to || undefined} onChange={(from) => set({ from })} htmlInput={{ 'data-testid': 'audit-filter-from' }} sx={{ width: 170 }} />
      <DateField size="small" label={t('audit.to')} value={value.to} min={value.from || undefined} onChange={(to) => set({ to })} htmlInput={{ 'data-testid': 'audit-filter-to' }} sx={{ width: 170 }} />
      <Button onClick={() => onChange(NO_AUDIT_FILTERS)} disabled={value === NO_AUDIT_FILTERS}>
        {t('audit.clearFilters')}
      </Button>
      <Dialog open={choosingPatient} onClose={() => setChoosingPatient(false)} fullWidth maxWidth="sm">
        <DialogTitle>{t('audit.choosePatient')}</DialogTitle>
        <DialogContent sx={{ pt: 1 }}>
          <PatientSearch
            onOpen={(id, patient) => {
              setChoosingPatient(false);
              set({ patient: { id, label: t('audit.patientLabel', { name: patient.fullName, mrn: patient.mrn }) } });
            }}
          />
        </DialogContent>
      </Dialog>
    </Stack>
  );
}
