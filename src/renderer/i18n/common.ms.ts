import type { Translations } from './translations';
import type { commonEn } from './common.en';

export const commonMs: Translations<typeof commonEn> = {
  common: {
    save: 'Simpan', cancel: 'Batal', close: 'Tutup', next: 'Seterusnya', back: 'Kembali', continue: 'Teruskan', saved: 'Disimpan.',
    language: 'Bahasa', loading: 'Memuatkan…', yes: 'Ya', no: 'Tidak', print: 'Cetak', none: '—', undo: 'Buat asal',
  },
  languages: { en: 'English', ms: 'Bahasa Melayu', zh: 'Bahasa Cina', ta: 'Bahasa Tamil' },
  weekday: { '1': 'Isnin', '2': 'Selasa', '3': 'Rabu', '4': 'Khamis', '5': 'Jumaat', '6': 'Sabtu', '7': 'Ahad' },
};
