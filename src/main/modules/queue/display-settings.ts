import { randomBytes } from 'node:crypto';
import { displaySettingsSchema, type DisplaySettings } from '../../../shared/schemas/clinic';
import { settingsSection } from '../../api/core/settings-section';

/** The waiting-room TV: its pairing code, masked names or none, the scrolling notice, the call-out's languages. */
export const displaySettings = settingsSection({
  name: 'display',
  schema: displaySettingsSchema,
  view: 'clinic.view',
  manage: 'clinic.manage',
  defaults: (): DisplaySettings => ({ pairingCode: newPairingCode(), showMaskedNames: false, notice: '', languages: ['en'] }),
});

/** Eight characters from an alphabet without look-alikes (0/O, 1/I), easy to type on a TV remote. */
export function newPairingCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(8)].map((byte) => alphabet[byte % alphabet.length]).join('');
}
