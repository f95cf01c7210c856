import type { TFunction } from 'i18next';
import { FREQUENCIES, type FrequencyKey, type Medicine, type MedicineChoice } from '../../../shared/schemas/medicines';

/** A frequency's words in the screen's language ("three times a day", "tiga kali sehari"). */
export function frequencyWords(key: FrequencyKey, language: string): string {
  return language.startsWith('ms') ? FREQUENCIES[key].ms : FREQUENCIES[key].en;
}

/** "500 mg TDS", or '' when the medicine has no default dose. */
export function defaultDoseText(medicine: Pick<Medicine, 'defaultDoseValue' | 'defaultDoseUnit' | 'defaultFrequency'>, t: TFunction): string {
  if (medicine.defaultDoseValue === null || medicine.defaultDoseUnit === null) return '';
  return t('medicines.dose', { value: medicine.defaultDoseValue, unit: t(`medicines.units.${medicine.defaultDoseUnit}`), frequency: medicine.defaultFrequency ?? '' }).trim();
}

/** "amoxicillin (Amoxil) 500 mg capsule": how a medicine reads in a picker or a list. */
export function medicineLabel(medicine: Pick<MedicineChoice, 'generic' | 'brand' | 'strength' | 'form'>, t: TFunction): string {
  return `${medicine.generic}${medicine.brand ? ` (${medicine.brand})` : ''} ${medicine.strength} ${t(`medicines.forms.${medicine.form}`).toLowerCase()}`;
}
