import type { HelpTopic } from './help-topic';

/** The counter, the till, the day's closing and the panels' claims. */
export const MONEY_TOPICS: readonly HelpTopic[] = [
  {
    id: 'take-payment',
    route: '/billing',
    title: { en: 'Take payment (and split with a panel)', ms: 'Terima bayaran (dan bahagi dengan panel)' },
    keywords: {
      en: ['payment', 'pay', 'invoice', 'bill', 'receipt', 'cash', 'card', 'duitnow', 'change', 'panel', 'split', 'company pays', 'insurance', 'discount'],
      ms: ['bayar', 'bayaran', 'invois', 'bil', 'resit', 'tunai', 'kad', 'baki wang', 'panel', 'bahagi', 'syarikat bayar', 'insurans', 'diskaun', 'caj'],
    },
    steps: {
      en: [
        'Open your till first (Till & closing → Open my till): payments are taken only in an open till.',
        'Open Billing and choose the visit under At the counter.',
        'Check the lines, Add a fee if needed, and under Panel paying its share choose the patient’s panel: the screen shows what the panel covers and what the patient pays.',
        'Press Issue invoice, then Take payment: choose the method (cash is rounded to 5 sen and the change is shown; Split adds another method) and confirm.',
        'Print receipt (a cash payment opens the drawer). The panel’s share goes on its monthly claim.',
      ],
      ms: [
        'Buka kaunter tunai anda dahulu (Kaunter tunai & tutup hari → Buka kaunter saya): bayaran hanya diterima dalam kaunter yang dibuka.',
        'Buka Bil dan pilih lawatan di bawah Di kaunter.',
        'Semak baris, Tambah fi jika perlu, dan di bawah Panel yang membayar bahagiannya pilih panel pesakit: skrin menunjukkan bahagian panel dan bahagian pesakit.',
        'Tekan Keluarkan invois, kemudian Terima bayaran: pilih kaedah (tunai dibundarkan ke 5 sen dan baki wang ditunjukkan; Bahagi menambah kaedah lain) dan sahkan.',
        'Cetak resit (bayaran tunai membuka laci). Bahagian panel masuk ke tuntutan bulanannya.',
      ],
    },
  },
  {
    id: 'void-or-credit-note',
    route: '/billing',
    title: { en: 'Void an invoice or payment, or issue a credit note', ms: 'Batalkan invois atau bayaran, atau keluarkan nota kredit' },
    keywords: {
      en: ['void', 'cancel invoice', 'cancel payment', 'credit note', 'refund', 'return', 'wrong charge', 'mistake'],
      ms: ['batal', 'batalkan invois', 'batalkan bayaran', 'nota kredit', 'bayar balik', 'pulangkan wang', 'tersilap caj', 'salah'],
    },
    steps: {
      en: [
        'These need the permission Give discounts and void invoices.',
        'Open Billing and find the invoice under Invoices today (or Owed from earlier days).',
        'Void payment (beside its receipt) or Void invoice: type the reason and confirm. The rows stay, marked void.',
        'To correct part of an issued invoice, press Credit note, enter the quantities to credit and the reason, then Issue credit note; money paid above the new balance is given back by the method you choose.',
        'A closed day’s invoices cannot be changed.',
      ],
      ms: [
        'Ini memerlukan kebenaran Beri diskaun dan batalkan invois.',
        'Buka Bil dan cari invois di bawah Invois hari ini (atau Terhutang dari hari sebelumnya).',
        'Batalkan bayaran (di sebelah resitnya) atau Batalkan invois: taip sebab dan sahkan. Rekod kekal, ditanda batal.',
        'Untuk membetulkan sebahagian invois, tekan Nota kredit, masukkan kuantiti untuk dikreditkan dan sebabnya, kemudian Keluarkan nota kredit; wang yang dibayar melebihi baki baharu dipulangkan melalui kaedah yang anda pilih.',
        'Invois hari yang sudah ditutup tidak boleh diubah.',
      ],
    },
  },
  {
    id: 'open-close-till',
    route: '/till',
    title: { en: 'Open and close your till', ms: 'Buka dan tutup kaunter tunai anda' },
    keywords: {
      en: ['till', 'open till', 'close till', 'float', 'drawer', 'count', 'cash count', 'shift', 'cashier'],
      ms: ['kaunter tunai', 'buka kaunter', 'tutup kaunter', 'wang apungan', 'laci', 'kira', 'kira tunai', 'syif', 'juruwang'],
    },
    steps: {
      en: [
        'Open Till & closing. Count the float into the drawer, type it under Float in the drawer and press Open my till.',
        'At the end of your session press Count the drawer and close, and enter how many of each note and coin are in the drawer.',
        'The screen shows what the drawer should hold; a difference needs a reason. Press Close my till.',
      ],
      ms: [
        'Buka Kaunter tunai & tutup hari. Kira wang apungan ke dalam laci, taip di Wang apungan dalam laci dan tekan Buka kaunter saya.',
        'Di akhir sesi anda tekan Kira laci dan tutup, dan masukkan bilangan setiap wang kertas dan syiling dalam laci.',
        'Skrin menunjukkan jumlah yang sepatutnya ada; perbezaan memerlukan sebab. Tekan Tutup kaunter saya.',
      ],
    },
  },
  {
    id: 'close-the-day',
    route: '/till',
    title: { en: 'Close the day and print the Z report', ms: 'Tutup hari dan cetak laporan Z' },
    keywords: {
      en: ['close the day', 'closing', 'end of day', 'eod', 'z report', 'x report', 'day end', 'lock day', 'close clinic', 'close shop'],
      ms: ['tutup hari', 'tutup kedai', 'tutup klinik', 'penutupan', 'akhir hari', 'laporan z', 'laporan harian', 'habis kerja', 'kedai'],
    },
    steps: {
      en: [
        'This needs the permission Give discounts and void invoices.',
        'Every cashier counts the drawer and closes their till first (Till & closing → Count the drawer and close).',
        'On Till & closing, each visit under Visits still open is ended (End now) or carried to the next day (Carry over).',
        'Press Close the day and confirm: the day’s invoices and payments are locked and the Z report is numbered.',
        'Print report sends it to the receipt printer; Report PDF opens it. Before closing it prints as an X report.',
      ],
      ms: [
        'Ini memerlukan kebenaran Beri diskaun dan batalkan invois.',
        'Setiap juruwang mengira laci dan menutup kaunter dahulu (Kaunter tunai & tutup hari → Kira laci dan tutup).',
        'Di Kaunter tunai & tutup hari, setiap lawatan di bawah Lawatan masih terbuka ditamatkan (Tamatkan sekarang) atau dibawa ke hari berikutnya (Bawa ke esok).',
        'Tekan Tutup hari dan sahkan: invois dan bayaran hari itu dikunci dan laporan Z diberi nombor.',
        'Cetak laporan menghantarnya ke pencetak resit; PDF laporan membukanya. Sebelum ditutup ia dicetak sebagai laporan X.',
      ],
    },
  },
  {
    id: 'panel-claims',
    route: '/claims',
    title: { en: 'Claim from panels and record their payments', ms: 'Tuntut daripada panel dan rekod bayarannya' },
    keywords: {
      en: ['claim', 'panel claim', 'batch', 'statement', 'panel payment', 'aging', 'owed by panel', 'company', 'insurer'],
      ms: ['tuntutan', 'tuntut', 'tuntutan panel', 'kelompok', 'penyata', 'bayaran panel', 'hutang panel', 'syarikat', 'insurans'],
    },
    steps: {
      en: [
        'Open Panel claims. Waiting to be claimed lists each panel’s unclaimed invoices by month, with the claim deadline.',
        'Press Make batch, then Statement PDF or Statement CSV to send to the panel.',
        'When the panel pays, open the batch, enter for each claim what was paid, deducted or rejected (with the reason), the payment reference and date, then Record payment.',
        'Owed by panels, by age shows what each panel still owes.',
      ],
      ms: [
        'Buka Tuntutan panel. Menunggu untuk dituntut menyenaraikan invois panel yang belum dituntut mengikut bulan, dengan tarikh akhir tuntutan.',
        'Tekan Buat kelompok, kemudian Penyata PDF atau Penyata CSV untuk dihantar kepada panel.',
        'Apabila panel membayar, buka kelompok, masukkan bagi setiap tuntutan amaun dibayar, dipotong atau ditolak (dengan sebab), rujukan bayaran dan tarikh, kemudian Rekod bayaran.',
        'Hutang panel mengikut usia menunjukkan baki hutang setiap panel.',
      ],
    },
  },
];
