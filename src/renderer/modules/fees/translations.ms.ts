import type { Translations } from '../../i18n/translations';
import type { feesEn } from './translations.en';

/** Teks Bahasa Melayu untuk Tetapan → Yuran, jadual yuran klinik. */
export const feesMs: Translations<typeof feesEn> = {
  fees: {
    title: 'Jadual yuran',
    intro: 'Caj klinik selain ubat. Yuran konsultasi boleh khusus untuk seorang doktor, atau dikenakan hanya dalam tempoh masa tertentu (22:00–08:00 melepasi tengah malam); yuran yang paling khusus digunakan.',
    add: 'Tambah yuran',
    none: 'Belum ada yuran. Tambahkan caj klinik untuk konsultasi.',
    code: 'Kod',
    name: 'Nama',
    kind: 'Jenis',
    kinds: { consultation: 'Konsultasi', procedure: 'Prosedur', lab: 'Ujian makmal', package: 'Pakej', other: 'Lain-lain' },
    price: 'Harga (RM)',
    taxable: 'Cukai perkhidmatan dikenakan',
    yes: 'Ya',
    no: 'Tidak',
    doctor: 'Doktor',
    everyDoctor: 'Semua doktor',
    aDoctor: 'Seorang doktor',
    hours: 'Waktu',
    anyTime: 'Bila-bila masa',
    fromTime: 'Dari',
    toTime: 'Hingga',
  },
};
