import { DEFAULT_EINVOICE_SETTINGS, einvoiceSettingsSchema } from '../../../shared/schemas/einvoice';
import { settingsSection } from '../../api/core/settings-section';

/** The clinic's e-invoice identifiers, submission switch, environment and client ID; the client secret is in the OS keychain. */
export const einvoiceSettings = settingsSection({
  name: 'einvoice',
  schema: einvoiceSettingsSchema,
  view: 'clinic.view',
  manage: 'clinic.manage',
  defaults: () => DEFAULT_EINVOICE_SETTINGS,
});
