import type { Translations } from '../../i18n/translations';
import type { claimsEn } from './translations.en';

/** Teks Bahasa Melayu tuntutan panel: kelompok, penyata, bayaran panel dan penuaan hutang. */
export const claimsMs: Translations<typeof claimsEn> = {
  claims: {
    subtitle: 'Invois panel dikumpulkan mengikut panel dan bulan, penyata yang dihantar, bayaran panel dipadankan dengannya, dan baki hutang setiap panel.',
    pick: 'Pilih satu kelompok di sebelah kiri, atau buat satu daripada yang menunggu untuk dituntut.',
    unclaimed: { title: 'Menunggu untuk dituntut', empty: 'Tiada invois panel yang menunggu untuk dituntut.', line: '{{count}} invois, {{amount}} · tuntut sebelum {{deadline}}', create: 'Buat kelompok' },
    batches: { title: 'Kelompok tuntutan', empty: 'Belum ada kelompok.', line: 'dituntut {{claimed}} · berbaki {{outstanding}}' },
    batch: {
      pdf: 'Penyata PDF', csv: 'Penyata CSV',
      totals: 'Dituntut {{claimed}} · dibayar {{paid}} · dipotong {{deducted}} · ditolak {{rejected}} · berbaki {{outstanding}}',
      claim: 'Tuntutan', member: 'No. ahli', claimed: 'Dituntut', settled: 'Dibayar / dipotong / ditolak', outstanding: 'Baki', match: 'Bayaran ini',
      mc: 'MC {{count}} hari', paid: 'Dibayar (RM)', deducted: 'Dipotong (RM)', rejected: 'Ditolak (RM)', reason: 'Sebab ditolak',
      reference: 'Rujukan bayaran', receivedOn: 'Diterima pada', record: 'Rekod bayaran', recorded: 'Bayaran direkod.',
      receipt: '{{reference}} pada {{date}}: {{amount}}',
    },
    statuses: { unclaimed: 'Belum dituntut', submitted: 'Dihantar', paid: 'Dibayar', 'part-paid': 'Dibayar sebahagian', rejected: 'Ditolak' },
    aging: { title: 'Hutang panel mengikut usia', empty: 'Tiada panel yang berhutang.', panel: 'Panel', currentSen: '0–29 hari', days30Sen: '30–59 hari', days60Sen: '60–89 hari', days90Sen: '90+ hari', totalSen: 'Jumlah' },
  },
};
