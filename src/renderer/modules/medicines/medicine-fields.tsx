import { Autocomplete, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  DISPENSING_UNITS,
  DOSE_UNITS,
  DRUG_CLASS_SUGGESTIONS,
  FREQUENCY_KEYS,
  ITEM_KINDS,
  MEDICINE_FORMS,
  MEDICINE_ROUTES,
  STRENGTH_UNITS,
  parseStrength,
  usualDispensingUnit,
  type SaveMedicineInput,
} from '../../../shared/schemas/medicines';
import { ChoiceField } from '../../components/setup-list/choice-field';
import type { FieldCheck, SetDraft } from '../../components/setup-list/setup-list-editor';
import { BarcodesField } from './barcodes-field';
import { FormSection } from './form-section';
import { MedicineLegalFields } from './medicine-legal-fields';
import { MedicinePricesFields } from './medicine-prices-fields';
import { frequencyWords } from './medicine-words';
import { MoneyTextField } from './money-text-field';
import { NumberTextField } from './number-text-field';

/** A save's draft: what the form edits (a listed medicine also carries its id and version). */
export type MedicineDraft = SaveMedicineInput;

export const NEW_MEDICINE: MedicineDraft = {
  code: '', generic: '', brand: '', form: 'tablet', strength: '', strengthValue: null, strengthUnit: null, perVolumeMl: null, dispensingUnit: 'tablet',
  route: 'oral', defaultDoseValue: null, defaultDoseUnit: null, defaultFrequency: null, defaultDurationDays: null, drugClass: '', packSize: null,
  childMinMgPerKgDay: null, childMaxMgPerKgDay: null, active: true,
  itemKind: 'medicine', legalClass: 'pharmacy', registrationNo: null, storage: 'room', reorderLevel: null, reorderQuantity: null, costSen: null, taxCode: null,
  barcodes: [], prices: [],
};

/**
 * The add-or-edit fields of a medicine in sections: what it is (in the order a pharmacist reads a
 * pack: names, form and strength, its numbers filled from the text), the prescribing defaults, what
 * the law says and where it is kept, stock and cost, and selling prices.
 */
export function MedicineFields({ draft, set, check }: { draft: MedicineDraft; set: SetDraft<MedicineDraft>; check: FieldCheck }) {
  const { t, i18n } = useTranslation();
  const none = { value: '', label: t('medicines.noChoice') } as const;
  const unitChoices = <U extends string>(units: readonly U[]) => units.map((unit) => ({ value: unit, label: t(`medicines.units.${unit}` as 'medicines.units.mg') }));
  const setStrength = (strength: string): void => {
    const parsed = parseStrength(strength);
    set(parsed ? { strength, strengthValue: parsed.value, strengthUnit: parsed.unit, perVolumeMl: parsed.perVolumeMl } : { strength });
  };
  const unitWord = t(`medicines.units.${draft.dispensingUnit}`);
  return (
    <>
      <FormSection title={t('medicines.sections.identity')}>
        <ChoiceField label={t('medicines.itemKind')} value={draft.itemKind ?? 'medicine'} width={150} choices={ITEM_KINDS.map((kind) => ({ value: kind, label: t(`medicines.itemKinds.${kind}`) }))} onChange={(itemKind) => set({ itemKind })} testId="medicine-item-kind" />
        <TextField size="small" label={t('medicines.generic')} value={draft.generic} {...check('generic')} onChange={(e) => set({ generic: e.target.value })} sx={{ width: 220 }} slotProps={{ htmlInput: { 'data-testid': 'medicine-generic' } }} />
        <TextField size="small" label={t('medicines.brand')} value={draft.brand ?? ''} {...check('brand')} onChange={(e) => set({ brand: e.target.value })} sx={{ width: 180 }} slotProps={{ htmlInput: { 'data-testid': 'medicine-brand' } }} />
        <TextField size="small" label={t('medicines.code')} value={draft.code ?? ''} {...check('code')} onChange={(e) => set({ code: e.target.value.toUpperCase() })} sx={{ width: 120 }} slotProps={{ htmlInput: { maxLength: 24, 'data-testid': 'medicine-code' } }} />
        <ChoiceField label={t('medicines.form')} value={draft.form} width={150} choices={MEDICINE_FORMS.map((form) => ({ value: form, label: t(`medicines.forms.${form}`) }))} onChange={(form) => set({ form, dispensingUnit: usualDispensingUnit(form) })} testId="medicine-form-choice" />
        <TextField size="small" label={t('medicines.strength')} placeholder={t('medicines.strengthHint')} value={draft.strength} {...check('strength')} onChange={(e) => setStrength(e.target.value)} sx={{ width: 150 }} slotProps={{ htmlInput: { 'data-testid': 'medicine-strength' } }} />
        <NumberTextField label={t('medicines.strengthValue')} value={draft.strengthValue ?? null} {...check('strengthValue')} onChange={(strengthValue) => set({ strengthValue })} sx={{ width: 160 }} testId="medicine-strength-value" />
        <ChoiceField label={t('medicines.strengthUnit')} value={draft.strengthUnit ?? ''} width={100} choices={[none, ...unitChoices(STRENGTH_UNITS)]} onChange={(unit) => set({ strengthUnit: unit || null })} testId="medicine-strength-unit" />
        <NumberTextField label={t('medicines.perVolumeMl')} value={draft.perVolumeMl ?? null} {...check('perVolumeMl')} onChange={(perVolumeMl) => set({ perVolumeMl })} sx={{ width: 110 }} testId="medicine-per-volume" />
        <ChoiceField label={t('medicines.route')} value={draft.route} width={240} choices={MEDICINE_ROUTES.map((route) => ({ value: route, label: t(`medicines.routes.${route}`) }))} onChange={(route) => set({ route })} testId="medicine-route" />
        <NumberTextField label={t('medicines.packSize')} value={draft.packSize ?? null} {...check('packSize')} onChange={(packSize) => set({ packSize })} sx={{ width: 100 }} testId="medicine-pack-size" />
        <BarcodesField value={draft.barcodes ?? []} onChange={(barcodes) => set({ barcodes })} check={check('barcodes')} />
      </FormSection>
      <FormSection title={t('medicines.sections.prescribing')}>
        <ChoiceField label={t('medicines.dispensingUnit')} value={draft.dispensingUnit} width={140} choices={unitChoices(DISPENSING_UNITS)} onChange={(dispensingUnit) => set({ dispensingUnit })} testId="medicine-dispensing-unit" />
        <NumberTextField label={t('medicines.defaultDose')} value={draft.defaultDoseValue ?? null} {...check('defaultDoseValue')} onChange={(defaultDoseValue) => set({ defaultDoseValue })} sx={{ width: 110 }} testId="medicine-dose" />
        <TextField select size="small" label={t('medicines.doseUnit')} value={draft.defaultDoseUnit ?? ''} {...check('defaultDoseUnit')} onChange={(e) => set({ defaultDoseUnit: (e.target.value || null) as MedicineDraft['defaultDoseUnit'] })} sx={{ width: 120 }}
          slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'medicine-dose-unit' }, inputLabel: { shrink: true } }}>
          {[none, ...unitChoices(DOSE_UNITS)].map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
        </TextField>
        <TextField select size="small" label={t('medicines.frequency')} value={draft.defaultFrequency ?? ''} onChange={(e) => set({ defaultFrequency: (e.target.value || null) as MedicineDraft['defaultFrequency'] })} sx={{ width: 210 }}
          slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'medicine-frequency' }, inputLabel: { shrink: true } }}>
          <option value="">{t('medicines.noChoice')}</option>
          {FREQUENCY_KEYS.map((key) => <option key={key} value={key}>{`${key} — ${frequencyWords(key, i18n.language)}`}</option>)}
        </TextField>
        <NumberTextField label={t('medicines.durationDays')} value={draft.defaultDurationDays ?? null} {...check('defaultDurationDays')} onChange={(defaultDurationDays) => set({ defaultDurationDays })} sx={{ width: 80 }} testId="medicine-duration" />
        <Autocomplete freeSolo size="small" options={DRUG_CLASS_SUGGESTIONS} value={draft.drugClass ?? ''} onInputChange={(_event, drugClass) => set({ drugClass })} sx={{ width: 230 }}
          renderInput={(params) => <TextField {...params} label={t('medicines.drugClass')} {...check('drugClass')} slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'medicine-class' } }} />} />
        <NumberTextField label={t('medicines.childMin')} value={draft.childMinMgPerKgDay ?? null} {...check('childMinMgPerKgDay')} onChange={(childMinMgPerKgDay) => set({ childMinMgPerKgDay })} sx={{ width: 300 }} testId="medicine-child-min" />
        <NumberTextField label={t('medicines.childMax')} value={draft.childMaxMgPerKgDay ?? null} {...check('childMaxMgPerKgDay')} onChange={(childMaxMgPerKgDay) => set({ childMaxMgPerKgDay })} sx={{ width: 300 }} testId="medicine-child-max" />
      </FormSection>
      <FormSection title={t('medicines.sections.legal')}>
        <MedicineLegalFields draft={draft} set={set} check={check} />
      </FormSection>
      <FormSection title={t('medicines.sections.stock')}>
        <NumberTextField label={t('medicines.reorderLevel', { unit: unitWord })} value={draft.reorderLevel ?? null} {...check('reorderLevel')} onChange={(reorderLevel) => set({ reorderLevel })} sx={{ width: 250 }} testId="medicine-reorder-level" />
        <NumberTextField label={t('medicines.reorderQuantity', { unit: unitWord })} value={draft.reorderQuantity ?? null} {...check('reorderQuantity')} onChange={(reorderQuantity) => set({ reorderQuantity })} sx={{ width: 300 }} testId="medicine-reorder-quantity" />
        <MoneyTextField label={t('medicines.costSen', { unit: unitWord })} value={draft.costSen ?? null} {...check('costSen')} onChange={(costSen) => set({ costSen })} sx={{ width: 240 }} testId="medicine-cost" />
        <TextField size="small" label={t('medicines.taxCode')} value={draft.taxCode ?? ''} {...check('taxCode')} onChange={(e) => set({ taxCode: e.target.value })} sx={{ width: 140 }} slotProps={{ htmlInput: { maxLength: 20, 'data-testid': 'medicine-tax-code' } }} />
      </FormSection>
      <FormSection title={t('medicines.sections.prices')}>
        <MedicinePricesFields draft={draft} set={set} check={check} />
      </FormSection>
    </>
  );
}
