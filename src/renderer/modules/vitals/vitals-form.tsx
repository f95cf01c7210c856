import { Alert, Box, Button, InputAdornment, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sex } from '../../../shared/identity/mykad';
import type { VitalsRecording } from '../../../shared/schemas/vitals';
import { measuresHeadCircumference } from '../../../shared/vitals/age-bands';
import { GLUCOSE_KINDS, impossibleValues, MEASURE_UNITS, type GlucoseKind, type TypedMeasure } from '../../../shared/vitals/measures';
import { glucoseMeasure, type RangedMeasure } from '../../../shared/vitals/reference-ranges';
import { assessVitals, type VitalFlag } from '../../../shared/vitals/vital-flags';
import { useTRPC } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useClinicClock } from '../../format/use-clinic-clock';
import { flagColour, flagInWords } from './vital-words';
import { EMPTY_DRAFT, hasAnyMeasure, vitalsOfDraft, type VitalsDraft } from './vitals-form-state';

interface Props {
  visitId: string;
  /** Null when the record has no birth date or sex: adult ranges are used, and the form says so. */
  patient: { dateOfBirth: string | null; sex: Sex | null } | null;
  onSaved?: (recording: VitalsRecording) => void;
}

/** The boxes in the order a nurse takes the readings; Tab goes through them, Enter saves. */
const BOXES: { measure: TypedMeasure; step: string }[] = [
  { measure: 'systolic', step: '1' },
  { measure: 'diastolic', step: '1' },
  { measure: 'pulse', step: '1' },
  { measure: 'temperature', step: '0.1' },
  { measure: 'respiratoryRate', step: '1' },
  { measure: 'spo2', step: '1' },
  { measure: 'weight', step: '0.1' },
  { measure: 'height', step: '0.1' },
  { measure: 'glucose', step: '0.1' },
];

/** Which flag a box shows: glucose is judged as fasting or random. */
function rangedOf(measure: TypedMeasure, glucoseKind: GlucoseKind | null): RangedMeasure | null {
  if (measure === 'glucose') return glucoseKind ? glucoseMeasure(glucoseKind) : null;
  if (measure === 'weight' || measure === 'height' || measure === 'headCircumference') return null;
  return measure;
}

/**
 * Records a visit's vital signs. Each value is checked as it is typed, by the same rules the hub
 * applies: impossible values are explained at the box and block saving; values outside the
 * reference range for the patient's age are flagged in colour and in words.
 */
export function VitalsForm({ visitId, patient, onSaved }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const clock = useClinicClock();
  const [draft, setDraft] = useState<VitalsDraft>(EMPTY_DRAFT);
  const today = clock.date;
  const dateOfBirth = patient?.dateOfBirth ?? null;
  const vitals = useMemo(() => vitalsOfDraft(draft), [draft]);
  const impossible = useMemo(() => new Map(impossibleValues(vitals).map((value) => [value.measure, value])), [vitals]);
  const assessment = useMemo(() => assessVitals(vitals, dateOfBirth, today), [vitals, dateOfBirth, today]);
  const flags = new Map<RangedMeasure, VitalFlag>(assessment.flags.map((flag) => [flag.measure, flag]));
  const save = useMutation(
    trpc.vitals.record.mutationOptions({
      onSuccess: (recording) => {
        void queryClient.invalidateQueries({ queryKey: trpc.vitals.forVisit.queryKey({ visitId }) });
        setDraft(EMPTY_DRAFT);
        onSaved?.(recording);
      },
    }),
  );
  const glucoseNeedsKind = vitals.glucose !== null && draft.glucoseKind === null;
  const halfBp = (vitals.systolic === null) !== (vitals.diastolic === null);
  const canSave = hasAnyMeasure(vitals) && impossible.size === 0 && !glucoseNeedsKind && !halfBp && !save.isPending;
  const boxes = [...BOXES];
  const pain = { measure: 'pain', step: '1' } as const;
  const headCircumference = { measure: 'headCircumference', step: '0.1' } as const;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!canSave) return;
    save.mutate({ visitId, ...vitals });
  };
  const set = (measure: TypedMeasure, value: string): void => setDraft((current) => ({ ...current, [measure]: value }));

  const box = ({ measure, step }: { measure: TypedMeasure; step: string }, autoFocus = false) => {
    const refused = impossible.get(measure);
    const ranged = rangedOf(measure, draft.glucoseKind);
    const flag = ranged ? flags.get(ranged) : undefined;
    const unit = MEASURE_UNITS[measure];
    let helper = ' ';
    if (refused) helper = measure === 'diastolic' && vitals.systolic !== null && refused.max < 200 ? t('vitals.diastolicAboveSystolic', { max: refused.max, unit }) : t('vitals.impossible', { min: refused.min, max: refused.max, unit });
    else if (flag) helper = flagInWords(t, flag);
    const colour = refused ? 'error' : flag ? flagColour(flag.level) : undefined;
    return (
      <TextField
        key={measure}
        label={t(`vitals.measures.${measure}`)}
        value={draft[measure]}
        onChange={(event) => set(measure, event.target.value)}
        error={refused !== undefined}
        color={colour}
        focused={colour !== undefined && !refused ? true : undefined}
        helperText={helper}
        autoFocus={autoFocus}
        size="small"
        slotProps={{
          input: { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> },
          htmlInput: { inputMode: 'decimal', step, 'data-testid': `vitals-${measure}`, 'aria-invalid': refused !== undefined },
          formHelperText: { 'data-testid': `vitals-${measure}-note`, sx: colour && !refused ? { color: `${colour}.main`, fontWeight: 600 } : undefined } as object,
        }}
      />
    );
  };

  return (
    <Box component="form" onSubmit={submit} noValidate data-testid="vitals-form">
      <Stack spacing={1}>
        <Typography variant="caption" color="text.secondary" data-testid="vitals-band">
          {assessment.band ? t('vitals.rangesFor', { band: t(`vitals.bands.${assessment.band}`) }) : t('vitals.ageUnknown')}
        </Typography>
        <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(3, 1fr)' } }}>
          {boxes.map((spec, index) => box(spec, index === 0))}
          <TextField
            select
            size="small"
            label={t('vitals.glucoseKind')}
            value={draft.glucoseKind ?? ''}
            onChange={(event) => setDraft((current) => ({ ...current, glucoseKind: event.target.value as GlucoseKind }))}
            error={glucoseNeedsKind}
            helperText=" "
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'vitals-glucoseKind' } as object } }}
          >
            {GLUCOSE_KINDS.map((kind) => (
              <MenuItem key={kind} value={kind} data-testid={`vitals-glucoseKind-${kind}`}>
                {t(`vitals.glucoseKinds.${kind}`)}
              </MenuItem>
            ))}
          </TextField>
          {box(pain)}
          {measuresHeadCircumference(dateOfBirth, today) && box(headCircumference)}
        </Box>
        <Typography data-testid="vitals-bmi" sx={{ color: flags.get('bmi') ? `${flagColour(flags.get('bmi')?.level ?? 'high')}.main` : undefined }}>
          {assessment.bmi === null ? t('vitals.bmiNeeds') : t('vitals.bmiWorkedOut', { bmi: assessment.bmi.toFixed(1) })}
          {assessment.bmiCategory && ` · ${t(`vitals.bmiCategories.${assessment.bmiCategory}`)}`}
          {assessment.bmiCategory && (
            <Typography component="span" variant="caption" color="text.secondary">
              {' '}
              ({t('vitals.bmiAsian')})
            </Typography>
          )}
        </Typography>
        {!hasAnyMeasure(vitals) && <Alert severity="info">{t('vitals.needsOne')}</Alert>}
        <ErrorAlert error={save.error} />
        <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
          <Button type="submit" variant="contained" disabled={!canSave} data-testid="vitals-save">
            {t('vitals.save')}
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
}
