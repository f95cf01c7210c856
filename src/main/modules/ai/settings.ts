import { aiSettingsSchema, DEFAULT_AI_SETTINGS } from '../../../shared/schemas/ai';
import { settingsSection } from '../../api/core/settings-section';

/** The AI provider: on/off, base URL, models per task, timeout, retries and prices; the API key is in the OS keychain. */
export const aiSettings = settingsSection({
  name: 'ai',
  schema: aiSettingsSchema,
  view: 'clinic.view',
  manage: 'clinic.manage',
  defaults: () => DEFAULT_AI_SETTINGS,
});
