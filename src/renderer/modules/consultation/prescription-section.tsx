import { Alert, Button, Chip, IconButton, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOSE_UNITS, FREQUENCY_KEYS, TIMING_KEYS, TIMINGS, type MedicineChoice } from '../../../shared/schemas/medicines';
import type { PrescriptionCheck, PrescriptionLine, PrescriptionLineInput } from '../../../shared/schemas/prescriptions';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { MedicinePicker } from '../medicines/medicine-picker';
import { frequencyWords, medicineLabel } from '../medicines/medicine-words';
import { FindingList } from './prescription-findings';

type Draft = Omit<PrescriptionLineInput, 'medicineId' | 'doseValue' | 'durationDays' | 'quantity'> & { doseValue: string; durationDays: string; quantity: string };

const EMPTY_DRAFT: Draft = { doseValue: '', doseUnit: 'tablet', frequency: 'TDS', durationDays: '5', route: 'oral', timing: 'afterFood', quantity: '', instructions: '', dispensing: 'in-house' };

/** The medicine's usual dose, frequency, days and route, ready to change. */
function draftFor(medicine: MedicineChoice): Draft {
  return {
    ...EMPTY_DRAFT,
    doseValue: medicine.defaultDoseValue?.toString() ?? '',
    doseUnit: medicine.defaultDoseUnit ?? EMPTY_DRAFT.doseUnit,
    frequency: medicine.defaultFrequency ?? EMPTY_DRAFT.frequency,
    durationDays: medicine.defaultDurationDays?.toString() ?? EMPTY_DRAFT.durationDays,
    route: medicine.route,
  };
}

function lineOf(medicine: MedicineChoice, draft: Draft): PrescriptionLineInput {
  const number = (text: string): number | null => (text.trim() === '' ? null : Number(text.replace(',', '.')));
  return {
    ...draft,
    medicineId: medicine.id,
    doseValue: number(draft.doseValue) ?? 0,
    durationDays: number(draft.durationDays),
    quantity: number(draft.quantity),
  };
}

/**
 * The visit's prescription: each line checked when the prescriber adds it — allergy, duplicate,
 * interaction, child's dose — with the evidence shown; a flagged line goes in only with a reason.
 */
export function PrescriptionSection({ visitId, editable }: { visitId: string; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const lines = useQuery(trpc.prescriptions.forVisit.queryOptions({ visitId }));
  const [medicine, setMedicine] = useState<MedicineChoice | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [checked, setChecked] = useState<PrescriptionCheck | null>(null);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.prescriptions.forVisit.queryKey({ visitId }) });
  const add = useMutation(trpc.prescriptions.addLine.mutationOptions({ onSuccess: refresh }));
  const cancel = useMutation(trpc.prescriptions.cancelLine.mutationOptions({ onSuccess: refresh }));

  const reset = (): void => {
    setMedicine(null);
    setDraft(EMPTY_DRAFT);
    setChecked(null);
    setReason('');
  };
  const change = (next: Partial<Draft>): void => {
    setDraft({ ...draft, ...next });
    setChecked(null);
  };

  /** Checks the line; adds it at once when nothing is flagged, else shows why and waits for a reason. */
  const checkAndAdd = async (): Promise<void> => {
    if (!medicine) return;
    setFailure(null);
    try {
      const line = lineOf(medicine, draft);
      const result = checked ?? (await queryClient.fetchQuery(trpc.prescriptions.check.queryOptions({ visitId, line })));
      setChecked(result);
      if (result.findings.length > 0 && reason.trim().length < 3) return;
      await add.mutateAsync({ visitId, line, overrideReason: result.findings.length > 0 ? reason : null });
      reset();
    } catch (error) {
      setFailure(error);
    }
  };

  const repeatLast = async (): Promise<void> => {
    setFailure(null);
    try {
      const previous = await queryClient.fetchQuery(trpc.prescriptions.lastPrescription.queryOptions({ visitId }));
      for (const line of previous) {
        const result = await queryClient.fetchQuery(trpc.prescriptions.check.queryOptions({ visitId, line }));
        // A line the checks flag now is not repeated blindly: it waits in the form for the prescriber.
        if (result.findings.length === 0 && (line.quantity ?? result.quantity) !== null) await add.mutateAsync({ visitId, line, overrideReason: null });
      }
      refresh();
    } catch (error) {
      setFailure(error);
    }
  };

  const active = (lines.data ?? []).filter((line) => line.status === 'active');
  return (
    <Stack spacing={1.5}>
      <ErrorAlert error={lines.error ?? failure ?? cancel.error} />
      {active.length === 0 && <Typography color="text.secondary">{t('consultation.rx.none')}</Typography>}
      {active.map((line) => (
        <PrescribedLine key={line.id} line={line} editable={editable} onCancel={() => cancel.mutate({ id: line.id, reason: t('consultation.rx.cancelReason') })} />
      ))}
      {editable && (
        <Stack spacing={1} data-testid="rx-form">
          <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
            <Button size="small" onClick={() => void repeatLast()} data-testid="rx-repeat">
              {t('consultation.rx.repeat')}
            </Button>
          </Stack>
          <MedicinePicker
            value={medicine}
            onChange={(picked) => {
              setMedicine(picked);
              setDraft(picked ? draftFor(picked) : EMPTY_DRAFT);
              setChecked(null);
            }}
            label={t('consultation.rx.medicine')}
          />
          {medicine && (
            <>
              <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
                <TextField size="small" label={t('consultation.rx.dose')} value={draft.doseValue} onChange={(e) => change({ doseValue: e.target.value })} sx={{ width: 90 }} slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'rx-dose' } }} />
                <TextField select size="small" label={t('consultation.rx.unit')} value={draft.doseUnit} onChange={(e) => change({ doseUnit: e.target.value as Draft['doseUnit'] })} sx={{ width: 120 }}>
                  {DOSE_UNITS.map((unit) => (
                    <MenuItem key={unit} value={unit}>
                      {t(`medicines.units.${unit}`)}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField select size="small" label={t('consultation.rx.frequency')} value={draft.frequency} onChange={(e) => change({ frequency: e.target.value as Draft['frequency'] })} sx={{ width: 220 }} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'rx-frequency' } as object } }}>
                  {FREQUENCY_KEYS.map((key) => (
                    <MenuItem key={key} value={key} data-testid={`rx-frequency-${key}`}>
                      {key} — {frequencyWords(key, i18n.language)}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField size="small" label={t('consultation.rx.days')} value={draft.durationDays} onChange={(e) => change({ durationDays: e.target.value })} sx={{ width: 80 }} slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'rx-days' } }} />
                <TextField select size="small" label={t('consultation.rx.timing')} value={draft.timing} onChange={(e) => change({ timing: e.target.value as Draft['timing'] })} sx={{ width: 200 }}>
                  {TIMING_KEYS.map((key) => (
                    <MenuItem key={key} value={key}>
                      {i18n.language.startsWith('ms') ? TIMINGS[key].ms : TIMINGS[key].en}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  size="small"
                  label={t('consultation.rx.quantity')}
                  value={draft.quantity}
                  placeholder={checked?.quantity?.toString() ?? t('consultation.rx.auto')}
                  onChange={(e) => change({ quantity: e.target.value })}
                  sx={{ width: 110 }}
                  slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'rx-quantity' } }}
                />
                <ToggleButtonGroup size="small" exclusive value={draft.dispensing} onChange={(_e, value: Draft['dispensing'] | null) => value && change({ dispensing: value })}>
                  <ToggleButton value="in-house">{t('consultation.rx.inHouse')}</ToggleButton>
                  <ToggleButton value="external" data-testid="rx-external">
                    {t('consultation.rx.external')}
                  </ToggleButton>
                </ToggleButtonGroup>
              </Stack>
              <TextField size="small" label={t('consultation.rx.instructions')} value={draft.instructions} onChange={(e) => change({ instructions: e.target.value })} />
              {checked && checked.findings.length > 0 && (
                <Alert severity="error" data-testid="rx-findings">
                  <Typography sx={{ fontWeight: 600 }}>{t('consultation.rx.flagged', { medicine: medicineLabel(medicine, t) })}</Typography>
                  <FindingList findings={checked.findings} />
                  <TextField
                    size="small"
                    fullWidth
                    sx={{ mt: 1, bgcolor: 'background.paper' }}
                    label={t('consultation.rx.overrideReason')}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                    slotProps={{ htmlInput: { 'data-testid': 'rx-override-reason', maxLength: 300 } }}
                  />
                </Alert>
              )}
              <Stack direction="row" spacing={1}>
                <Button
                  variant="contained"
                  color={checked && checked.findings.length > 0 ? 'warning' : 'primary'}
                  disabled={add.isPending || (checked !== null && checked.findings.length > 0 && reason.trim().length < 3)}
                  onClick={() => void checkAndAdd()}
                  data-testid="rx-add"
                >
                  {checked && checked.findings.length > 0 ? t('consultation.rx.addAnyway') : t('consultation.rx.add')}
                </Button>
                <Button onClick={reset}>{t('common.cancel')}</Button>
              </Stack>
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}

function PrescribedLine({ line, editable, onCancel }: { line: PrescriptionLine; editable: boolean; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const timing = i18n.language.startsWith('ms') ? TIMINGS[line.timing].ms : TIMINGS[line.timing].en;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} data-testid={`rx-line-${line.generic}`}>
      <Stack sx={{ flex: 1, minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600 }}>
          {line.medicineLabel} {line.dispensing === 'external' && <Chip size="small" label={t('consultation.rx.external')} />}
        </Typography>
        <Typography variant="body2">
          {line.doseValue} {t(`medicines.units.${line.doseUnit}`)} {line.frequency} ({frequencyWords(line.frequency, i18n.language)}){line.durationDays ? ` × ${t('consultation.rx.daysCount', { count: line.durationDays })}` : ''} · {timing} ·{' '}
          {t('consultation.rx.give', { quantity: line.quantity, unit: t(`medicines.units.${line.quantityUnit as 'tablet'}`) })}
        </Typography>
        {line.findings.length > 0 && (
          <Typography variant="caption" color="warning.main" data-testid="rx-line-override">
            {t('consultation.rx.overridden', { reason: line.overrideReason ?? '' })}
          </Typography>
        )}
      </Stack>
      {editable && (
        <IconButton size="small" aria-label={t('consultation.rx.remove')} onClick={onCancel}>
          <CloseIcon fontSize="small" />
        </IconButton>
      )}
    </Stack>
  );
}
