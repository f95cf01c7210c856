import { Checkbox, FormControlLabel, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { FEE_KINDS, type FeeKind, type SaveFeeInput } from '../../../shared/schemas/fees';
import { ChoiceField } from '../../components/setup-list/choice-field';
import type { FieldCheck, SetDraft } from '../../components/setup-list/setup-list-editor';
import { MoneyTextField } from '../medicines/money-text-field';

export const NEW_FEE: SaveFeeInput = { code: '', name: '', kind: 'consultation', priceSen: 0, taxable: true, doctorId: null, fromTime: null, toTime: null, active: true };

/** The doctors a consultation fee can be one of: id and name. */
export interface DoctorChoice {
  id: string;
  name: string;
}

/** One fee's fields in the set-up form; the doctor is offered only for a consultation. */
export function FeeFields({ draft, set, check, doctors }: { draft: SaveFeeInput; set: SetDraft<SaveFeeInput>; check: FieldCheck; doctors: readonly DoctorChoice[] }) {
  const { t } = useTranslation();
  const time = (field: 'fromTime' | 'toTime', testId: string) => (
    <TextField size="small" type="time" label={t(`fees.${field}`)} value={draft[field] ?? ''} {...check(field)} onChange={(e) => set({ [field]: e.target.value || null })} sx={{ width: 130 }}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': testId } }} />
  );
  return (
    <>
      <TextField size="small" label={t('fees.code')} value={draft.code} {...check('code')} onChange={(e) => set({ code: e.target.value.toUpperCase() })} sx={{ width: 150 }} slotProps={{ htmlInput: { maxLength: 16, 'data-testid': 'fee-code' } }} />
      <TextField size="small" label={t('fees.name')} value={draft.name} {...check('name')} onChange={(e) => set({ name: e.target.value })} sx={{ flex: 1, minWidth: 220 }} slotProps={{ htmlInput: { maxLength: 120, 'data-testid': 'fee-name' } }} />
      <ChoiceField<FeeKind> label={t('fees.kind')} value={draft.kind} choices={FEE_KINDS.map((kind) => ({ value: kind, label: t(`fees.kinds.${kind}`) }))}
        onChange={(kind) => set(kind === 'consultation' ? { kind } : { kind, doctorId: null })} width={170} testId="fee-kind" />
      <MoneyTextField label={t('fees.price')} value={draft.priceSen} {...check('priceSen')} onChange={(sen) => set({ priceSen: sen ?? -1 })} sx={{ width: 130 }} testId="fee-price" />
      <FormControlLabel label={t('fees.taxable')}
        control={<Checkbox checked={draft.taxable} onChange={(e) => set({ taxable: e.target.checked })} slotProps={{ input: { 'data-testid': 'fee-taxable' } as object }} />} />
      {draft.kind === 'consultation' && (
        <ChoiceField<string> label={t('fees.doctor')} value={draft.doctorId ?? ''} choices={[{ value: '', label: t('fees.everyDoctor') }, ...doctors.map((doctor) => ({ value: doctor.id, label: doctor.name }))]}
          onChange={(doctorId) => set({ doctorId: doctorId || null })} width={220} testId="fee-doctor" />
      )}
      {time('fromTime', 'fee-from')}
      {time('toTime', 'fee-to')}
    </>
  );
}
