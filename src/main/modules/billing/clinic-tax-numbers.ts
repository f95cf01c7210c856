import { DEFAULT_EINVOICE_SETTINGS, einvoiceSettingsSchema, type EinvoiceSettings } from '../../../shared/schemas/einvoice';
import type { SettingsStore, StoredSection } from '../../settings/settings-store';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ClinicTaxNumbers } from './tax-invoice';

/**
 * The e-invoice module keeps the clinic's TIN, business registration and SST numbers in its
 * settings section; it builds on billing, so billing cannot need it, and reads the same row by
 * the section's name instead (read only: the e-invoice module alone saves it).
 */
const EINVOICE_SECTION: StoredSection<EinvoiceSettings> = { name: 'einvoice', schema: einvoiceSettingsSchema, defaults: () => DEFAULT_EINVOICE_SETTINGS };

export async function clinicTaxNumbers(settings: SettingsStore, uow: UnitOfWork): Promise<ClinicTaxNumbers> {
  const { tin, brn, sstNo } = await settings.get(uow, EINVOICE_SECTION);
  return { tin, brn, sstNo };
}
