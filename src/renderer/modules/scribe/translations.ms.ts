import type { Translations } from '../../i18n/translations';
import type { scribeEn } from './translations.en';

/** Teks Bahasa Melayu jurutulis suara doktor. */
export const scribeMs: Translations<typeof scribeEn> = {
  scribe: {
    title: 'Jurutulis',
    hint: 'Merakam konsultasi antara Mula dan Henti, mentranskripsikannya, dan mendrafkan nota daripada transkrip. Audio disimpan secara tersulit hanya sehingga nota ditandatangani.',
    aiOff: 'Jurutulis memerlukan pelayan transkripsi, dan AI dimatikan: tulis nota dengan tangan.',
    consent: {
      question: 'Tanya pesakit: “Bolehkah saya merakam perbualan kita supaya komputer dapat membantu menulis nota saya? Rakaman dipadam apabila saya menandatangani nota.”',
      granted: 'Pesakit bersetuju',
      refused: 'Pesakit menolak',
      grantedBy: 'Pesakit bersetuju untuk dirakam — ditanya oleh {{name}}, {{when}}.',
      refusedBy: 'Pesakit menolak untuk dirakam — ditanya oleh {{name}}, {{when}}.',
      refusedHint: 'Tulis nota dengan tangan. Anda boleh bertanya lagi jika pesakit berubah fikiran.',
      askAgain: 'Tanya lagi',
      someone: 'seseorang',
    },
    start: 'Mula merakam',
    starting: 'Membuka mikrofon…',
    stop: 'Henti',
    stopping: 'Menghantar rakaman…',
    discard: 'Buang',
    recording: 'Merakam {{elapsed}}',
    recordingHint: 'Percakapan dihantar ke komputer klinik ini setiap 15 saat, secara tersulit.',
    microphone: {
      denied: 'Mikrofon tidak dibenarkan: benarkannya untuk ClinicDesk (dalam tetapan privasi pelayar atau komputer), atau tulis nota dengan tangan.',
      absent: 'Tiada mikrofon ditemui. Pasangkan satu dan cuba lagi, atau tulis nota dengan tangan.',
      busy: 'Mikrofon sedang digunakan oleh program lain atau tidak dapat dibuka. Tutup program itu dan cuba lagi.',
      unsupported: 'Tetingkap ini tidak boleh menggunakan mikrofon. Buka ClinicDesk dalam aplikasi desktop atau Chromium, atau tulis nota dengan tangan.',
      failed: 'Mikrofon tidak dapat dibuka. Cuba lagi, atau tulis nota dengan tangan.',
    },
    recordings: 'Rakaman',
    recordingOf: 'Rakaman {{when}} · {{duration}}',
    interrupted: 'Rakaman ini terganggu sebelum Henti (tetingkap ditutup atau komputer terhenti). Apa yang telah dihantar disimpan.',
    stopInterrupted: 'Hentikan di sini',
    audioDeleted: {
      signed: 'Audio dipadam apabila nota ditandatangani.',
      retention: 'Audio dipadam mengikut peraturan penyimpanan klinik.',
      discarded: 'Dibuang.',
    },
    transcribe: 'Transkripsi',
    transcribing: 'Mentranskripsi…',
    transcribeAgain: 'Transkripsi semula',
    transcribeFailed: 'Transkrip tidak dapat dibuat: {{reason}} Audio disimpan: cuba lagi, atau tulis nota dengan tangan.',
    transcript: 'Transkrip',
    emptyTranscript: 'Pelayan transkripsi tidak mendengar sebarang perkataan dalam rakaman ini.',
    line: 'Baris {{no}}',
    discardAsk: 'Buang rakaman ini? Audio dan transkripnya dipadam sekarang.',
  },
};
