import type { Translations } from '../../i18n/translations';
import type { consultationEn } from './translations.en';

export const consultationMs: Translations<typeof consultationEn> = {
  consultation: {
    myRoom: 'Bilik saya', openVisit: 'Buka', inRoom: 'Bersama anda sekarang', noVisit: 'Panggil pesakit seterusnya, atau buka lawatan dari rekod pesakit.',
    callNextHint: 'N memanggil pesakit seterusnya', waitingCount: 'Menunggu ({{count}})',
    sections: { history: 'Sejarah', vitals: 'Tanda vital', notes: 'Nota', diagnoses: 'Diagnosis', prescriptions: 'Preskripsi', documents: 'Dokumen' },
    shortcuts: 'Alt+1…6 melompat ke bahagian · Ctrl+Enter menamatkan lawatan',
    banner: {
      age: '{{years}} thn', ageChild: '{{years}} thn {{months}} bln', ageInfant: '{{months}} bln', waited: 'menunggu {{count}} min', ticket: 'Tiket {{ticketNo}}',
      complaint: 'Aduan: {{complaint}}', panel: 'Panel: {{panels}}', finished: 'Lawatan selesai', noShow: 'Tidak hadir',
    },
    soap: {
      subjective: 'Subjektif', objective: 'Objektif', assessment: 'Penilaian', plan: 'Pelan',
      subjectiveHint: 'Sejarah aduan, dalam kata-kata pesakit', objectiveHint: 'Penemuan pemeriksaan', assessmentHint: 'Tanggapan anda', planHint: 'Rawatan, nasihat, susulan',
    },
    template: 'Templat', applyTemplate: 'Masukkan templat', templateApplied: 'Templat “{{name}}” ditambah pada bahagian nota yang kosong.', saveAsTemplate: 'Simpan sebagai templat saya', templateName: 'Nama templat',
    saving: 'Menyimpan…', saved: 'Disimpan {{time}}', notSaved: 'Belum disimpan', restored: 'Teks yang ditaip sebelum skrin ditutup telah dipulihkan; ia disimpan sekarang.',
    conflict: '{{name}} mengubah nota ini semasa anda menaip. Teks anda disimpan di bawah: muat semula untuk melihat teks mereka, kemudian tambah teks anda semula.',
    conflictNobody: 'Orang lain mengubah nota ini semasa anda menaip. Teks anda disimpan di bawah: muat semula untuk melihat teks mereka, kemudian tambah teks anda semula.',
    reload: 'Muat semula nota', yourText: 'Teks anda (belum disimpan)',
    finish: 'Tamatkan lawatan', finishHint: 'Menandatangani nota dan menghantar pesakit ke langkah seterusnya', finishAsk: 'Tandatangani nota dan tamatkan lawatan {{name}} ({{ticketNo}})? Selepas ini nota hanya boleh diubah melalui pindaan.',
    handedTo: '{{ticketNo}} kini menunggu di {{room}}.', ended: 'Lawatan {{ticketNo}} telah tamat.',
    signed: 'Ditandatangani oleh {{name}}, {{when}}', amend: 'Pinda', amendTitle: 'Pinda nota yang ditandatangani', amendReason: 'Sebab pembetulan ini', amendSection: 'Bahagian nota', amended: 'Dipinda oleh {{name}}, {{when}}: {{reason}}',
    original: 'Seperti ditandatangani', readOnly: 'Lawatan lalu · baca sahaja', close: 'Tutup',
    timeline: 'Lawatan lalu', noPastVisits: 'Tiada lawatan terdahulu.', mergedFrom: 'direkod sebagai {{mrn}}', noNote: 'tiada nota', draft: 'belum ditandatangani',
    openedFrom: 'Dibuka dari rekod pesakit',
    rx: {
      none: 'Belum ada ubat ditetapkan.', medicine: 'Tambah ubat', dose: 'Dos', unit: 'Unit', frequency: 'Kekerapan', days: 'Hari', timing: 'Bila',
      quantity: 'Kuantiti', auto: 'dikira', inHouse: 'Dispens di sini', external: 'Luar', instructions: 'Arahan',
      add: 'Semak dan tambah', addAnyway: 'Tetapkan juga', repeat: 'Ulang preskripsi terakhir', remove: 'Keluarkan daripada preskripsi', cancelReason: 'Dikeluarkan oleh penetap sebelum selesai',
      flagged: 'Semak sebelum menetapkan {{medicine}}:', overrideReason: 'Sebab anda tetap menetapkannya (disimpan dalam rekod)', overridden: 'Ditetapkan walaupun ada amaran: {{reason}}',
      daysCount_one: '{{count}} hari', daysCount_other: '{{count}} hari', give: 'beri {{quantity}} {{unit}}',
      findings: {
        allergy: {
          generic: 'Alahan: pesakit alah kepada {{allergen}} ({{reaction}}, {{severity}}) — ini ubat yang sama.',
          brand: 'Alahan: pesakit alah kepada {{allergen}} ({{reaction}}, {{severity}}) — ini jenama yang sama.',
          class: 'Alahan: pesakit alah kepada {{allergen}} ({{reaction}}, {{severity}}) — ubat ini dalam kelas yang sama ({{drugClass}}).',
          'cross-reactivity': 'Kemungkinan tindak balas silang: pesakit alah kepada {{allergen}} ({{reaction}}, {{severity}}); {{drugClass}} boleh bertindak balas silang.',
        },
        duplicate: {
          generic: 'Pendua: {{other}} ({{origin}}) ialah ubat yang sama.',
          class: 'Terapi pendua: {{other}} ({{origin}}) juga dalam kelas {{drugClass}}.',
        },
        origin: { 'long-term': 'ubat jangka panjang', 'this-prescription': 'sudah dalam preskripsi ini' },
        interaction: 'Interaksi ({{severity}}) dengan {{other}}: {{effect}} {{management}} Sumber: {{source}}',
        dose: {
          over: 'Dos terlalu tinggi untuk kanak-kanak: {{perKg}} mg/kg/hari pada {{weight}} kg; julat ialah {{min}}–{{max}} mg/kg/hari.',
          under: 'Dos terlalu rendah untuk kanak-kanak: {{perKg}} mg/kg/hari pada {{weight}} kg; julat ialah {{min}}–{{max}} mg/kg/hari.',
        },
      },
    },
    openInRoom: 'Bilik doktor', recordVitals: 'Rekod tanda vital', showTrends: 'Trend (BP, berat, glukosa, suhu)', showHistory: 'Sejarah perubatan dan sosial',
    primary: 'utama', noDiagnoses: 'Belum ada diagnosis.', diagnosisSearch: 'Cari diagnosis', diagnosisHint: 'Taip kod (J06.9) atau perkataan (upper resp)', noDiagnosisFound: 'Tiada padanan dalam senarai ICD-10.',
    structure: {
      dictation: 'Ringkasan atau diktasi', dictationHint: 'c/o demam 3/7, T 38.5, Imp: URTI, PCM 1g tds, TCA prn', run: 'Susun nota', draft: 'Draf SOAP',
      accept: 'Terima ke dalam nota', reject: 'Tolak', hints: 'Cadangan ICD-10 (klik untuk tambah sebagai diagnosis)', matched: 'daripada “{{words}}”',
    },
    labs: {
      open: 'Laporan makmal', title: 'Laporan makmal luar', paste: 'Tampal teks laporan', pasteHint: 'HAEMOGLOBIN   11.2   L   g/dL   12.0 - 15.0', or: 'atau',
      choosePdf: 'Pilih PDF', tooBig: 'PDF ini lebih besar daripada {{mb}} MB. Pilih PDF teks makmal itu sendiri, atau tampal keputusannya.',
      unreadable: 'Fail ini tidak dapat dibaca di PC ini. Pilih sekali lagi, atau tampal keputusannya.', extract: 'Ekstrak keputusan',
      noRows: 'Tiada baris keputusan ditemui dalam laporan ini. Tampal atau taip keputusannya.', allRemoved: 'Semua baris telah dibuang: tiada apa untuk ditambah.',
      columns: { test: 'Ujian', value: 'Keputusan', unit: 'Unit', range: 'Julat rujukan', flag: 'Tanda' },
      flags: { high: 'Tinggi', low: 'Rendah', normal: 'Normal', abnormal: 'Tidak normal', unknown: 'Tiada julat' },
      remove: 'Buang baris ini', accept: 'Tambah ke nota', discard: 'Buang', close: 'Tutup', noteHeading: 'Laporan makmal luar:',
      tooLong: 'Dengan baris ini, Objektif akan melebihi {{max}} aksara. Buang beberapa baris atau pendekkan nota dahulu.',
    },
  },
};
