import type { doctorFeesEn } from './translations.en';

export const doctorFeesMs: typeof doctorFeesEn = {
  doctorFees: {
    subtitle: 'Bayaran setiap doktor bagi lawatan yang dirawatnya: jumlah tetap setiap lawatan dan bahagian daripada hasil lawatan, selepas diskaun dan sebelum cukai.',
    rules: {
      title: 'Peraturan fi',
      hint: 'Ditetapkan bagi setiap doktor; penyata menggunakan peraturan semasa.',
      noDoctors: 'Belum ada akaun dengan peranan doktor.',
      doctor: 'Doktor',
      fixed: 'Tetap setiap lawatan',
      fixedShort: 'RM',
      share: 'Bahagian {{kind}}',
      save: 'Simpan',
    },
    statement: {
      title: 'Penyata',
      from: 'Dari',
      to: 'Hingga',
      item: 'Perkara',
      earned: 'Hasil',
      shareColumn: 'Bahagian',
      due: 'Perlu dibayar',
      fixed_one: 'Tetap: {{count}} lawatan',
      fixed_other: 'Tetap: {{count}} lawatan',
      total: 'Jumlah perlu dibayar',
      invoices_one: 'Daripada {{count}} invois.',
      invoices_other: 'Daripada {{count}} invois.',
      csv: 'Eksport untuk akauntan (CSV)',
    },
  },
};
