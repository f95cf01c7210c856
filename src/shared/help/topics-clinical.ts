import type { HelpTopic } from './help-topic';

/** The doctor's room and the dispensary. */
export const CLINICAL_TOPICS: readonly HelpTopic[] = [
  {
    id: 'write-note-diagnosis-prescription',
    route: '/consultation',
    title: { en: 'Write the note, diagnosis and prescription', ms: 'Tulis nota, diagnosis dan preskripsi' },
    keywords: {
      en: ['note', 'soap', 'diagnosis', 'icd', 'prescribe', 'prescription', 'medicine', 'drug', 'finish visit', 'sign', 'template', 'amend'],
      ms: ['nota', 'diagnosis', 'preskripsi', 'ubat', 'tetapkan ubat', 'tamatkan lawatan', 'tandatangan', 'templat', 'pinda'],
    },
    steps: {
      en: [
        'In the Doctor’s room, call the patient (Call next) or open the visit; Alt+1…6 jumps between History, Vitals, Notes, Diagnoses, Prescriptions and Documents.',
        'Notes: type in Subjective, Objective, Assessment and Plan, or Insert a template. The note saves by itself a moment after you pause.',
        'Diagnoses: Find a diagnosis by code (J06.9) or words (upper resp); mark one primary.',
        'Prescriptions: Add a medicine, its dose, how often and for how many days (the quantity is worked out), then Check and add. A warning (allergy, interaction, duplicate, child’s dose) needs your reason to Prescribe anyway.',
        'Finish visit (Ctrl+Enter) signs the note and sends the ticket to the dispensary or the cashier. After that the note changes only by Amend, with a reason.',
      ],
      ms: [
        'Di Bilik doktor, panggil pesakit (Panggil seterusnya) atau buka lawatan; Alt+1…6 melompat antara Sejarah, Tanda vital, Nota, Diagnosis, Preskripsi dan Dokumen.',
        'Nota: taip dalam Subjektif, Objektif, Penilaian dan Pelan, atau Masukkan templat. Nota disimpan sendiri sebaik anda berhenti menaip.',
        'Diagnosis: Cari diagnosis mengikut kod (J06.9) atau perkataan (upper resp); tandakan satu sebagai utama.',
        'Preskripsi: Tambah ubat, dos, kekerapan dan bilangan hari (kuantiti dikira), kemudian Semak dan tambah. Amaran (alahan, interaksi, pendua, dos kanak-kanak) memerlukan sebab anda untuk Tetapkan juga.',
        'Tamatkan lawatan (Ctrl+Enter) menandatangani nota dan menghantar tiket ke dispensari atau juruwang. Selepas itu nota hanya diubah dengan Pinda, bersama sebab.',
      ],
    },
  },
  {
    id: 'issue-mc-letter-slip',
    route: '/consultation',
    title: { en: 'Issue an MC, referral letter or time slip', ms: 'Keluarkan MC, surat rujukan atau slip masa' },
    keywords: {
      en: ['mc', 'medical certificate', 'sick leave', 'referral', 'letter', 'specialist', 'time slip', 'document', 'reprint', 'cancel mc'],
      ms: ['mc', 'sijil cuti sakit', 'cuti sakit', 'surat rujukan', 'rujuk', 'pakar', 'slip masa', 'dokumen', 'cetak semula', 'batal mc'],
    },
    steps: {
      en: [
        'In the Doctor’s room, open the visit and go to Documents (Alt+6).',
        'Medical certificate (MC): choose the days or the dates (no backdating); tick Print the diagnosis only if the patient agrees; press Issue MC.',
        'Time slip: leave the times empty for check-in to now; press Issue time slip.',
        'Referral letter: specialist, specialty, hospital, reason, findings and urgency; press Issue letter.',
        'The PDF opens to print. Documents issued lists each with its serial: Reprint prints a copy; Cancel keeps it on record as cancelled.',
      ],
      ms: [
        'Di Bilik doktor, buka lawatan dan pergi ke Dokumen (Alt+6).',
        'Sijil cuti sakit (MC): pilih bilangan hari atau tarikh (tiada tarikh ke belakang); tandakan Cetak diagnosis hanya jika pesakit bersetuju; tekan Keluarkan MC.',
        'Slip masa: biarkan masa kosong untuk daftar masuk hingga sekarang; tekan Keluarkan slip masa.',
        'Surat rujukan: pakar, kepakaran, hospital, sebab, penemuan dan tahap kesegeraan; tekan Keluarkan surat.',
        'PDF dibuka untuk dicetak. Dokumen yang dikeluarkan menyenaraikan setiap satu dengan nombor siri: Cetak semula mencetak salinan; Batalkan menyimpannya dalam rekod sebagai batal.',
      ],
    },
  },
  {
    id: 'dispense',
    route: '/dispensary',
    title: { en: 'Dispense a prescription', ms: 'Dispens preskripsi' },
    keywords: {
      en: ['dispense', 'dispensary', 'pharmacy', 'label', 'batch', 'expiry', 'hand over', 'over the counter', 'otc', 'sell medicine'],
      ms: ['dispens', 'dispensari', 'farmasi', 'label', 'kelompok', 'luput', 'serah ubat', 'jualan kaunter', 'jual ubat'],
    },
    steps: {
      en: [
        'Open Dispensary: To dispense lists the finished visits’ prescriptions.',
        'Choose one. Each line takes the batch that expires first; Other batch… needs a reason.',
        'Read any safety warnings shown today and tick that you have read them.',
        'Press Dispense. The ticket moves on to payment; print labels as a PDF or on the receipt printer. A line short of stock stays owed.',
        'Over the counter: the buyer’s name, the medicines and the label directions, then Sell.',
      ],
      ms: [
        'Buka Dispensari: Untuk didispens menyenaraikan preskripsi lawatan yang selesai.',
        'Pilih satu. Setiap baris mengambil kelompok yang paling awal luput; Kelompok lain… memerlukan sebab.',
        'Baca amaran keselamatan yang dipaparkan hari ini dan tandakan bahawa anda telah membacanya.',
        'Tekan Dispens. Tiket bergerak ke bayaran; cetak label sebagai PDF atau pada pencetak resit. Baris yang kurang stok kekal terhutang.',
        'Jualan kaunter: nama pembeli, ubat dan arahan label, kemudian Jual.',
      ],
    },
  },
];
