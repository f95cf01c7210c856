import type { Medicine } from './schemas/medicines';

/** "amoxicillin 500 mg capsule (Amoxil)": how a medicine is named on a prescription, an order or a delivery note. */
export function medicineLabelOf(medicine: Pick<Medicine, 'generic' | 'strength' | 'form' | 'brand'>): string {
  return `${medicine.generic} ${medicine.strength} ${medicine.form}${medicine.brand ? ` (${medicine.brand})` : ''}`;
}
