import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SOAP_SECTIONS, type Encounter, type SoapSection } from '../../../shared/schemas/consultation';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicDates } from '../../format/use-clinic-clock';

/** A signed note as it reads now, who signed it, each amendment with who, when and why; amendable by a clinician. */
export function SignedNote({ encounter, canAmend }: { encounter: Encounter; canAmend: boolean }) {
  const { t } = useTranslation();
  const dates = useClinicDates();
  const [amending, setAmending] = useState(false);
  return (
    <Stack spacing={1} data-testid="signed-note">
      {SOAP_SECTIONS.map((section) => (
        <div key={section}>
          <Typography variant="overline">{t(`consultation.soap.${section}`)}</Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }} data-testid={`signed-${section}`}>
            {encounter.note[section] || '—'}
          </Typography>
        </div>
      ))}
      {encounter.signedAt && (
        <Typography variant="caption" color="text.secondary">
          {t('consultation.signed', { name: encounter.signedByName ?? '—', when: dates.dateTime(encounter.signedAt) })}
        </Typography>
      )}
      {encounter.amendments.map((amendment) => (
        <Typography key={amendment.id} variant="caption" color="warning.main" data-testid="note-amendment">
          {t(`consultation.soap.${amendment.section}`)} · {t('consultation.amended', { name: amendment.amendedBy, when: dates.dateTime(amendment.amendedAt), reason: amendment.reason })} ·{' '}
          {t('consultation.original')}: “{amendment.before}”
        </Typography>
      ))}
      {canAmend && (
        <div>
          <Button size="small" onClick={() => setAmending(true)} data-testid="note-amend">
            {t('consultation.amend')}
          </Button>
        </div>
      )}
      {amending && <AmendDialog encounter={encounter} onClose={() => setAmending(false)} />}
    </Stack>
  );
}

function AmendDialog({ encounter, onClose }: { encounter: Encounter; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [section, setSection] = useState<SoapSection>('plan');
  const [text, setText] = useState(encounter.note.plan);
  const [reason, setReason] = useState('');
  const amend = useMutation(trpc.consultation.amend.mutationOptions({ onSuccess: onClose }));
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('consultation.amendTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <ErrorAlert error={amend.error} />
          <TextField
            select
            label={t('consultation.amendSection')}
            value={section}
            onChange={(e) => {
              const next = e.target.value as SoapSection;
              setSection(next);
              setText(encounter.note[next]);
            }}
          >
            {SOAP_SECTIONS.map((s) => (
              <MenuItem key={s} value={s}>
                {t(`consultation.soap.${s}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField label={t(`consultation.soap.${section}`)} value={text} onChange={(e) => setText(e.target.value)} multiline minRows={3} slotProps={{ htmlInput: { 'data-testid': 'amend-text' } }} />
          <TextField label={t('consultation.amendReason')} value={reason} onChange={(e) => setReason(e.target.value)} required slotProps={{ htmlInput: { 'data-testid': 'amend-reason' } }} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('consultation.close')}</Button>
        <Button variant="contained" disabled={amend.isPending || reason.trim().length < 3} onClick={() => amend.mutate({ visitId: encounter.visitId, section, text, reason })} data-testid="amend-save">
          {t('consultation.amend')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
