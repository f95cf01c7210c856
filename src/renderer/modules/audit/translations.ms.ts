import type { Translations } from '../../i18n/translations';
import { actionWordsMs } from './action-words.ms';
import type { auditEn } from './translations.en';

export const auditMs: Translations<typeof auditEn> = {
  audit: {
    time: 'Masa', who: 'Siapa', action: 'Tindakan', entity: 'Rekod', entityId: 'Id rekod', actionPrefix: 'Tindakan bermula dengan', from: 'Dari', to: 'Hingga',
    filter: 'Tapis', loadMore: 'Muat lagi', verify: 'Sahkan rantaian', verifyOk: 'Rantaian utuh: {{checked}} entri disemak.',
    verifyBroken: 'Rantaian terputus pada entri {{seq}} ({{problem}}) selepas {{checked}} entri.', before: 'Sebelum', after: 'Selepas', system: 'Sistem',
    problem: { edited: 'diubah', missing: 'hilang', reordered: 'tersusun semula', truncated: 'log berakhir sebelum entri yang ditambat', rewritten: 'entri yang ditambat telah diganti' },
    read: { viewed: 'dilihat', searched: 'dicari: {{count}} pesakit dipaparkan' },
    whatHappened: 'Apa yang berlaku', patient: 'Pesakit', mrn: 'MRN', anyone: 'Sesiapa', anyAction: 'Semua tindakan', patientFilter: 'Pesakit', anyPatient: 'Semua pesakit',
    choosePatient: 'Pilih pesakit', clearPatient: 'Semua pesakit', clearFilters: 'Kosongkan penapis', exportCsv: 'Eksport CSV', exportFile: 'log-audit',
    exported: '{{count}} entri dieksport ke {{file}}.', exportCapped: 'Hanya {{count}} entri terbaru dieksport: sempitkan penapis untuk entri yang lebih lama.',
    patientLabel: '{{name}} ({{mrn}})', aRecord: 'rekod yang tiada lagi dalam fail', anUnknownUser: 'pengguna yang tidak dikenali', unknownAction: '{{who}}: {{action}}',
    none: 'Tiada entri sepadan dengan penapis ini.',
    sections: { profile: 'profil klinik', security: 'kunci skrin', printer: 'pencetak resit', display: 'TV ruang menunggu', backup: 'sandaran' },
    change: {
      nothing: 'Tiada butiran lain direkodkan untuk entri ini.', anotherRecord: 'rekod lain', empty: '—', details: 'Butiran',
    },
    areas: {
      patient: 'Pesakit', queue: 'Giliran', appointment: 'Temu janji', schedule: 'Waktu mingguan', scheduleBlock: 'Masa disekat', room: 'Bilik', panel: 'Panel', supplier: 'Pembekal', fee: 'Yuran', purchaseOrder: 'Pesanan belian', goodsReceived: 'Barang diterima', supplierReturn: 'Pulangan kepada pembekal', medicine: 'Ubat', stock: 'Stok', interactionPair: 'Pasangan interaksi', diagnosisFavourite: 'Diagnosis kegemaran', stockTake: 'Kiraan stok',
      resource: 'Sumber', appointmentType: 'Jenis temu janji', document: 'Dokumen', auth: 'Log masuk', user: 'Akaun', role: 'Peranan', clinic: 'Tetapan klinik', backup: 'Sandaran',
      consultation: 'Konsultasi', prescription: 'Preskripsi', register: 'Daftar racun', noteTemplate: 'Templat nota', dispensing: 'Dispensari',
      chart: 'Carta', vitals: 'Tanda vital',
      invoice: 'Invois', payment: 'Bayaran', receipt: 'Resit', deposit: 'Deposit', till: 'Sesi kaunter tunai', day: 'Penutupan hari', doctorFee: 'Fi doktor', einvoice: 'e-Invois', claimBatch: 'Kelompok tuntutan', claim: 'Tuntutan panel', ai: 'AI', scribe: 'Jurutulis AI',
    },
    ...actionWordsMs,
    banner: {
      title: 'Log audit gagal disemak',
      body: 'Pada entri {{seq}} ({{problem}}), dikesan {{when}}: entri mungkin telah diubah atau dipadam di luar ClinicDesk.',
      whatToDo: 'Jangan padam atau pulihkan apa-apa dahulu. Biarkan PC ini dan pemacu sandaran seperti sedia ada, catat bila mesej ini muncul, dan hubungi sokongan ClinicDesk anda.',
      open: 'Buka log audit',
    },
  },
};
