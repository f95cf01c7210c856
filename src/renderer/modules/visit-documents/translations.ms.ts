import type { Translations } from '../../i18n/translations';
import type { visitDocumentsEn } from './translations.en';

export const visitDocumentsMs: Translations<typeof visitDocumentsEn> = {
  visitDocuments: {
    issued: '{{serial}} telah dikeluarkan.',
    pdfOpened: 'PDF dibuka dalam tetingkap baharu: cetak dari situ.',
    pdfDownloaded: 'PDF disimpan sebagai {{fileName}}: buka untuk mencetak.',
    remarks: 'Catatan',
    dialogTitle: 'Dokumen lawatan ini',
    mc: {
      title: 'Sijil cuti sakit (MC)', days: 'Hari', from: 'Dari', to: 'Hingga', diagnosis: 'Diagnosis',
      showDiagnosis: 'Cetak diagnosis — pesakit bersetuju', issue: 'Keluarkan MC',
      daysHint: 'Tarikh mengikut bilangan hari, dan bilangan hari mengikut tarikh.',
    },
    timeSlip: { title: 'Slip masa', arrivedAt: 'Masa tiba', leftAt: 'Masa keluar', hint: 'Biarkan masa kosong untuk daftar masuk hingga sekarang.', issue: 'Keluarkan slip masa' },
    referral: {
      title: 'Surat rujukan', specialistName: 'Pakar', specialty: 'Kepakaran', hospital: 'Hospital atau klinik', reason: 'Sebab rujukan',
      findings: 'Penemuan', currentMedications: 'Ubat semasa', urgency: 'Tahap kesegeraan', issue: 'Keluarkan surat',
      urgencies: { routine: 'Biasa', soon: 'Segera (dalam 2 minggu)', urgent: 'Kecemasan (hari ini)' },
    },
    quarantine: {
      title: 'Slip kuarantin', condition: 'Keadaan', notifiable: 'Penyakit berjangkit yang wajib dimaklumkan (Akta 342) — maklumkan pejabat kesihatan daerah seperti biasa',
      from: 'Diasingkan dari', to: 'Hingga', place: 'Tempat', home: 'Rumah / Home', instructions: 'Arahan (Bahasa Melayu / Inggeris seperti dicetak)', issue: 'Keluarkan slip kuarantin',
      datesHint: 'Bermula pada hari pemeriksaan atau hari berikutnya; paling lama {{maxDays}} hari.',
    },
    draft: { fromVisit: 'Draf daripada lawatan', clear: 'Kosongkan draf' },
    list: {
      title: 'Dokumen yang dikeluarkan', open: 'Dokumen', empty: 'Belum ada dokumen dikeluarkan untuk lawatan ini.', document: 'Dokumen', serial: 'No. siri', issuedAt: 'Dikeluarkan',
      status: 'Status', valid: 'Sah', cancelled: 'Dibatalkan', copies: '{{count}} salinan dicetak', reprint: 'Cetak semula', cancel: 'Batalkan',
      cancelTitle: 'Batalkan {{serial}}', cancelReason: 'Mengapa ia dibatalkan?',
      cancelHint: 'Ia kekal dalam rekod sebagai batal, tidak dicetak lagi, dan semakan nombor sirinya akan menyatakan batal.', confirmCancel: 'Batalkan dokumen',
    },
    kinds: { 'medical-certificate': 'MC', 'time-slip': 'Slip masa', 'referral-letter': 'Surat rujukan', 'quarantine-slip': 'Slip kuarantin', prescription: 'Preskripsi' },
    verify: {
      open: 'Sahkan dokumen', title: 'Sahkan dokumen', serial: 'No. siri (cth. MC-2026-00412)', code: 'Kod pengesahan', check: 'Semak',
      privacy: 'Beritahu pemanggil hanya apa yang tertera di sini: jangan sekali-kali nama pesakit, penyakit atau apa-apa lagi.',
      valid: 'Sah: {{serial}} ({{kind}}), dikeluarkan {{issuedAt}}.',
      leave_one: 'Cuti sakit 1 hari: {{from}}.',
      leave_other: 'Cuti sakit {{count}} hari: {{from}} hingga {{to}}.',
      isolation_one: 'Pengasingan 1 hari: {{from}}.',
      isolation_other: 'Pengasingan {{count}} hari: {{from}} hingga {{to}}.',
      cancelled: 'DIBATALKAN pada {{cancelledAt}}: {{serial}} ({{kind}}) tidak sah.',
      unknown: 'Tidak dijumpai: klinik ini tidak mengeluarkan dokumen dengan nombor siri dan kod ini. Semak kedua-duanya dengan pemanggil sebelum memberitahunya.',
    },
    mcDateProblem: {
      order: 'hari terakhir sebelum hari pertama',
      days: 'bilangan hari tidak sepadan dengan tarikh',
      tooLong: 'MC memberi paling lama {{maxDays}} hari',
      backdated: 'cuti tidak boleh bermula sebelum tarikh pemeriksaan (tiada tarikh ke belakang)',
      tooLate: 'cuti bermula pada hari pemeriksaan atau hari berikutnya',
    },
  },
};
