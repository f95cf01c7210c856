import type { Translations } from '../../i18n/translations';
import type { prescriptionPrintsEn } from './translations.en';

/** Teks Bahasa Melayu untuk mencetak preskripsi dan label ubat. */
export const prescriptionPrintsMs: Translations<typeof prescriptionPrintsEn> = {
  prescriptionPrints: {
    printPrescription: 'Cetak preskripsi',
    printLabels: 'Cetak label',
    issued: 'Preskripsi {{serial}} dikeluarkan.',
    pdfOpened: 'PDF dibuka dalam tetingkap baharu: cetak dari situ.',
    pdfDownloaded: 'PDF disimpan sebagai {{fileName}}: bukanya untuk mencetak.',
  },
};
