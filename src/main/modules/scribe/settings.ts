import { DEFAULT_SCRIBE_SETTINGS, scribeSettingsSchema } from '../../../shared/schemas/scribe';
import { settingsSection } from '../../api/core/settings-section';

/** How long the scribe keeps audio after signing and transcripts at all, and the language it tells the server. */
export const scribeSettings = settingsSection({
  name: 'scribe',
  schema: scribeSettingsSchema,
  view: 'clinic.view',
  manage: 'clinic.manage',
  defaults: () => DEFAULT_SCRIBE_SETTINGS,
});
