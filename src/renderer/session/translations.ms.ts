import type { Translations } from '../i18n/translations';
import type { sessionEn } from './translations.en';

export const sessionMs: Translations<typeof sessionEn> = {
  lock: { title: 'Dikunci — {{name}}', unlock: 'Buka kunci', switchUser: 'Tukar pengguna' },
};
