import type { patientRecordEn } from './patient-record-en';

/** Teks Bahasa Melayu untuk sejarah, penggabungan dan senarai dalam rekod pesakit. */
export const patientRecordMs: typeof patientRecordEn = {
  fields: {
    mrn: 'MRN', fullName: 'Nama penuh', identityType: 'Dokumen', identityNo: 'Nombor dokumen', nationality: 'Warganegara', dateOfBirth: 'Tarikh lahir',
    sex: 'Jantina', phones: 'Telefon', email: 'E-mel', address: 'Alamat', postcode: 'Poskod', employer: 'Majikan',
    emergencyContact: 'Hubungan kecemasan', allergies: 'Alahan', chronicConditions: 'Penyakit kronik', alerts: 'Amaran', mergedIntoId: 'Penggabungan', panels: 'Panel',
  },
  lists: {
    upTo: 'Maksimum {{max}}.',
    phone: 'Telefon', addPhone: 'Tambah telefon', noPhones: 'Tiada nombor telefon direkodkan.',
    condition: 'Penyakit', addCondition: 'Tambah penyakit', noConditions: 'Tiada penyakit kronik direkodkan.',
    alert: 'Amaran', addAlert: 'Tambah amaran', noAlerts: 'Tiada amaran.', alertHint: 'cth. kurang pendengaran, perlu kerusi roda, perlu jurubahasa',
  },
  panels: {
    add: 'Tambah panel', none: 'Tiada keahlian panel.', noneSetUp: 'Belum ada panel ditetapkan untuk klinik ini.',
    panel: 'Panel', memberNo: 'No. ahli', holder: 'Pemegang kad', validFromLabel: 'Sah dari', validToLabel: 'Sah hingga',
    unknown: 'Panel tidak dikenali', validBetween: 'sah {{from}} hingga {{to}}', validFrom: 'sah mulai {{from}}', validTo: 'sah hingga {{to}}',
    relationships: { self: 'Ahli', spouse: 'Pasangan ahli', child: 'Anak ahli', parent: 'Ibu/bapa ahli', other: 'Tanggungan lain' },
  },
  appointments: { title: 'Temu janji', none: 'Tiada temu janji.', when: 'Bila', doctor: 'Doktor', type: 'Jenis', status: 'Status', ticket: 'Tiket' },
  visits: {
    title: 'Lawatan', none: 'Belum ada lawatan.', when: 'Daftar masuk', ticket: 'Tiket', complaint: 'Aduan utama', priority: 'Keutamaan', status: 'Status',
    route: 'Bilik dan kaunter', showMore: 'Tunjuk lagi', fromMerged: 'direkod di bawah {{mrn}}', emergencyReason: 'Kecemasan: {{reason}}',
    statuses: { open: 'di klinik', done: 'selesai', no_show: 'tidak hadir' },
    steps: { waiting: 'menunggu', called: 'dipanggil', serving: 'sedang dilayan', done: 'selesai', skipped: 'dilangkau', no_show: 'tidak hadir', transferred: 'dipindah' },
  },
  photo: { alt: 'Foto pesakit', add: 'Tambah foto', change: 'Tukar foto', remove: 'Buang foto', unreadable: 'Fail itu bukan gambar yang boleh dibaca oleh PC ini. Pilih foto JPEG atau PNG.' },
  header: { conditions: 'Penyakit kronik: {{list}}' },
  history: {
    button: 'Sejarah', title: 'Sejarah suntingan — {{name}}', version: 'Versi {{version}}', by: 'oleh {{name}}', system: 'oleh sistem',
    registered: 'Rekod dibuat.', noChanges: 'Disimpan tanpa perubahan yang kelihatan.', field: 'Medan', before: 'Sebelum', after: 'Selepas',
    merged: 'Digabungkan ke dalam rekod lain',
  },
  merge: {
    button: 'Gabungkan rekod lain ke dalam rekod ini', title: 'Gabungkan rekod pendua ke dalam {{mrn}}', find: 'Cari rekod pendua',
    thisRecord: 'Rekod ini (dikekalkan)', duplicate: 'Pendua (digabungkan ke dalam rekod ini)',
    explain: 'Alahan, penyakit kronik, amaran dan nombor telefon rekod pendua ditambah ke dalam rekod ini; butiran lain tidak disalin. Rekod pendua disimpan, ditanda sebagai telah digabungkan, bersama sejarahnya, dan tidak lagi muncul dalam carian.',
    confirmLabel: 'Taip {{mrn}} untuk mengesahkan', confirm: 'Gabungkan', chooseAnother: 'Pilih rekod lain',
    done: '{{mrn}} telah digabungkan ke dalam rekod ini.', openMerged: 'Buka {{mrn}}',
  },
  mergedInto: 'Digabungkan ke dalam {{mrn}} · {{name}}', openSurvivor: 'Buka rekod yang dikekalkan',
};
