import type { SaveSupplierInput } from '../../../shared/schemas/purchasing';
import { clinicWithReceptionist } from '../../../../tests/support/test-hub';

/** For purchasing's tests: a clinic with one supplier and the ids of two starter medicines (paracetamol 500 mg, packs of 100; amoxicillin 250 mg). */
export async function purchasingClinic(supplier: SaveSupplierInput) {
  const clinic = await clinicWithReceptionist();
  const supplierId = (await clinic.admin.suppliers.save(supplier)).id;
  const medicines = await clinic.admin.medicines.list();
  const idOf = (code: string) => medicines.find((m) => m.code === code)?.id ?? '';
  return { ...clinic, supplierId, paracetamol: idOf('PCM500'), amoxicillin: idOf('AMX250') };
}
