import type { Translations } from '../../i18n/translations';
import type { homeEn } from './translations.en';

export const homeMs: Translations<typeof homeEn> = {
  home: {
    welcome: 'Selamat datang, {{name}}', signedInAs: 'Log masuk sebagai {{username}}', roles: 'Peranan', setPin: 'Tetapkan PIN saya',
    pinExplain: 'PIN 4 hingga 8 digit membolehkan anda log masuk dan buka kunci dengan cepat pada PC yang dikongsi.', pin: 'PIN baharu', currentPassword: 'Kata laluan semasa', pinSaved: 'PIN anda telah ditetapkan.',
  },
};
