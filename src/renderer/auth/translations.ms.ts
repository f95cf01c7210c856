import type { Translations } from '../i18n/translations';
import type { authEn } from './translations.en';

export const authMs: Translations<typeof authEn> = {
  login: {
    title: 'Log masuk', username: 'Nama pengguna', password: 'Kata laluan', pin: 'PIN', usePin: 'Guna PIN', usePassword: 'Guna kata laluan', submit: 'Log masuk',
    forgotAdmin: 'Terlupa kata laluan pentadbir? Guna kod pemulihan',
  },
  adminRecovery: {
    title: 'Tetapkan semula kata laluan pentadbir',
    explain: 'Kod pemulihan yang dicetak semasa klinik disediakan membolehkan pemiliknya memilih kata laluan baharu untuk akaun pentadbir.',
    code: 'Kod pemulihan', username: 'Nama pengguna pentadbir', submit: 'Tetapkan semula',
    done: 'Kata laluan {{username}} telah ditetapkan semula. Log masuk dengan kata laluan baharu.',
  },
  changePassword: {
    title: 'Pilih kata laluan baharu', explain: 'Kata laluan anda ditetapkan oleh pentadbir. Pilih kata laluan anda sendiri sebelum meneruskan.',
    current: 'Kata laluan semasa', new: 'Kata laluan baharu', confirm: 'Sahkan kata laluan baharu', submit: 'Tukar kata laluan',
  },
};
