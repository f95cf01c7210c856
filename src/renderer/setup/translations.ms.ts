import type { Translations } from '../i18n/translations';
import type { setupEn } from './translations.en';

export const setupMs: Translations<typeof setupEn> = {
  setup: {
    title: 'Sediakan klinik anda', clinicStep: 'Klinik', adminStep: 'Akaun pemilik', codeStep: 'Kod pemulihan',
    restoreInstead: 'Pulihkan daripada sandaran', newInstead: 'Sediakan klinik baharu',
    clinicName: 'Nama klinik', address: 'Alamat', phone: 'Telefon', registrationNo: 'No. pendaftaran', currency: 'Mata wang',
    timeZone: 'Zon waktu', languages: 'Bahasa', taxEnabled: 'Kenakan cukai', taxName: 'Nama cukai', taxRate: 'Kadar cukai (%)',
    taxRegistrationNo: 'No. pendaftaran cukai', username: 'Nama pengguna', displayName: 'Nama paparan', password: 'Kata laluan',
    passwordConfirm: 'Sahkan kata laluan', passwordRule: 'Sekurang-kurangnya 10 aksara, dengan huruf dan digit.',
    passwordMismatch: 'Kata laluan tidak sepadan.', finish: 'Selesai',
  },
  recoveryCode: {
    title: 'Kod pemulihan anda', explain: 'Kod ini satu-satunya cara untuk membuka data klinik di PC lain atau jika stor kunci hilang. Ia dipaparkan sekali sahaja. Cetak atau tulis dan simpan di tempat selamat, jauh dari PC.',
    cardTitle: 'Kod pemulihan ClinicDesk', confirm: 'Saya telah mencetak atau menulis kod ini',
  },
  recovery: {
    title: 'Kod pemulihan diperlukan', enter: 'Kod pemulihan', submit: 'Buka data klinik',
    'key-missing': 'Kunci yang membuka data klinik tiada pada komputer ini (mungkin Windows dipasang semula atau pengguna bertukar).',
    'key-wrong': 'Kunci pada komputer ini tidak dapat membuka data klinik (mungkin data datang dari PC lain).',
    unknown: 'Data klinik tidak dapat dibuka dengan kunci pada komputer ini.',
    hint: 'Taip kod pemulihan yang dicetak semasa klinik disediakan.',
  },
  restore: {
    title: 'Pulihkan sandaran ke PC ini', folder: 'Folder sandaran', find: 'Cari sandaran', none: 'Tiada sandaran dijumpai di situ. Semak laluan penuh folder (seperti E:\\ClinicDesk atau /media/usb/ClinicDesk) dan pastikan pemacu dipasang.',
    pick: 'Pilih sandaran', code: 'Kod pemulihan klinik tersebut', submit: 'Pulihkan',
  },
};
