import type { HelpTopic } from './help-topic';

/** Stock, backups, the recovery code and setting up the printer, the TV and AI. */
export const SETUP_TOPICS: readonly HelpTopic[] = [
  {
    id: 'stock-delivery',
    route: '/purchasing',
    title: { en: 'Receive a stock delivery', ms: 'Terima penghantaran stok' },
    keywords: {
      en: ['delivery', 'receive goods', 'goods received', 'supplier', 'purchase order', 'po', 'order stock', 'reorder', 'batch', 'expiry'],
      ms: ['penghantaran', 'terima barang', 'barang sampai', 'pembekal', 'pesanan belian', 'pesan stok', 'pesanan semula', 'kelompok', 'tarikh luput'],
    },
    steps: {
      en: [
        'Open Purchasing → Purchase orders and open the supplier’s order (write one with New purchase order and Mark as sent if there is none; the Reorder list suggests what to order).',
        'Press Receive goods and type the supplier invoice no.',
        'For each medicine: batch no., expiry, units received, bonus units and unit cost.',
        'Press Receive … into stock. Prices that differ from the order are listed to check with the supplier.',
      ],
      ms: [
        'Buka Pembelian → Pesanan belian dan buka pesanan pembekal (tulis satu dengan Pesanan belian baharu dan Tandakan sebagai dihantar jika tiada; Senarai pesanan semula mencadangkan apa yang perlu dipesan).',
        'Tekan Terima barang dan taip No. invois pembekal.',
        'Bagi setiap ubat: no. kelompok, tarikh luput, unit diterima, unit bonus dan kos seunit.',
        'Tekan Terima … ke dalam stok. Harga yang berbeza daripada pesanan disenaraikan untuk disemak dengan pembekal.',
      ],
    },
  },
  {
    id: 'stock-take',
    route: '/stock-take',
    title: { en: 'Do a stock take', ms: 'Buat kiraan stok' },
    keywords: {
      en: ['stock take', 'stocktake', 'count stock', 'inventory', 'shelf', 'scan', 'barcode', 'variance', 'difference'],
      ms: ['kiraan stok', 'kira stok', 'inventori', 'rak', 'imbas', 'kod bar', 'perbezaan stok'],
    },
    steps: {
      en: [
        'Open Stock take and press New stock take; name a shelf, or leave it empty for the whole store, then Freeze count sheet.',
        'Count the shelf: scan or type a code and Enter, then type what you counted for each batch.',
        'Check the differences at cost (over, short, net).',
        'Press Post differences to stock and confirm: each difference becomes an adjustment. Cancel stock take changes nothing in stock.',
      ],
      ms: [
        'Buka Kiraan stok dan tekan Kiraan stok baharu; namakan rak, atau biarkan kosong untuk seluruh stor, kemudian Bekukan helaian kiraan.',
        'Kira rak: imbas atau taip kod dan Enter, kemudian taip kiraan anda bagi setiap kelompok.',
        'Semak perbezaan pada kos (lebih, kurang, bersih).',
        'Tekan Poskan perbezaan ke dalam stok dan sahkan: setiap perbezaan menjadi pelarasan. Batalkan kiraan stok tidak mengubah stok.',
      ],
    },
  },
  {
    id: 'backups',
    route: '/backups',
    title: { en: 'Back up and restore the clinic’s data', ms: 'Sandar dan pulihkan data klinik' },
    keywords: {
      en: ['backup', 'back up', 'restore', 'usb', 'data', 'copy', 'lost data'],
      ms: ['sandaran', 'sandar', 'pulihkan', 'pulih', 'usb', 'data', 'salinan', 'data hilang'],
    },
    steps: {
      en: [
        'In Clinic settings → Backup settings, set the backup folder (such as a USB drive, E:\\ClinicDesk), the daily time and how many to keep. The app backs up by itself each day.',
        'Open Backups and press Back up now for an extra one; the list shows each backup file.',
        'Restore replaces all current data with the chosen backup (the current data is kept aside) and signs everyone out.',
      ],
      ms: [
        'Di Tetapan klinik → Tetapan sandaran, tetapkan folder sandaran (seperti pemacu USB, E:\\ClinicDesk), masa harian dan berapa banyak disimpan. Aplikasi membuat sandaran sendiri setiap hari.',
        'Buka Sandaran dan tekan Sandarkan sekarang untuk sandaran tambahan; senarai menunjukkan setiap fail sandaran.',
        'Pulihkan menggantikan semua data semasa dengan sandaran yang dipilih (data semasa disimpan di tepi) dan melog keluar semua orang.',
      ],
    },
  },
  {
    id: 'recovery-code',
    route: '/backups',
    title: { en: 'The recovery code: a new PC or a forgotten admin password', ms: 'Kod pemulihan: PC baharu atau kata laluan pentadbir terlupa' },
    keywords: {
      en: ['recovery code', 'new pc', 'pc died', 'reinstall', 'forgot password', 'admin password', 'key'],
      ms: ['kod pemulihan', 'pc baharu', 'pc rosak', 'pasang semula', 'lupa kata laluan', 'kata laluan pentadbir', 'kunci'],
    },
    steps: {
      en: [
        'The recovery code is shown once, at set-up: print it or write it down and keep it away from the PC (the clinic safe).',
        'A new PC: install ClinicDesk, choose Restore from a backup instead in the set-up wizard, point it at the backup folder, choose a backup and type the recovery code.',
        'If this PC asks for the recovery code (its keychain lost the key), type it to open the clinic data.',
        'A forgotten admin password: on the sign-in screen, Forgot the admin password? Use the recovery code.',
      ],
      ms: [
        'Kod pemulihan dipaparkan sekali sahaja, semasa persediaan: cetak atau tulis dan simpan jauh dari PC (peti besi klinik).',
        'PC baharu: pasang ClinicDesk, pilih Pulihkan daripada sandaran dalam wizard persediaan, tunjukkan folder sandaran, pilih sandaran dan taip kod pemulihan.',
        'Jika PC ini meminta kod pemulihan (rantai kuncinya kehilangan kunci), taip kod itu untuk membuka data klinik.',
        'Kata laluan pentadbir terlupa: di skrin log masuk, Terlupa kata laluan pentadbir? Guna kod pemulihan.',
      ],
    },
  },
  {
    id: 'receipt-printer',
    route: '/clinic',
    title: { en: 'Set up the receipt printer and cash drawer', ms: 'Sediakan pencetak resit dan laci tunai' },
    keywords: {
      en: ['printer', 'receipt printer', 'thermal', 'escpos', 'print ticket', 'test print', 'cash drawer', 'paper'],
      ms: ['pencetak', 'pencetak resit', 'cetak tiket', 'cetakan ujian', 'laci tunai', 'kertas', 'mesin cetak'],
    },
    steps: {
      en: [
        'Open Clinic settings → Receipt printer and choose the kind: USB or serial port (such as /dev/ttyUSB0 or COM3, with its speed), or a network printer (its IP address, port 9100).',
        'Choose the paper width (58 or 80 mm) and the copies.',
        'Press Test print: the numbered line must fill exactly one line of paper. Save.',
        'Tick Print the ticket by itself at check-in if wanted. The cash drawer plugs into the printer’s drawer port and opens for cash payments.',
      ],
      ms: [
        'Buka Tetapan klinik → Pencetak resit dan pilih jenis: port USB atau bersiri (seperti /dev/ttyUSB0 atau COM3, dengan kelajuannya), atau pencetak rangkaian (alamat IP, port 9100).',
        'Pilih lebar kertas (58 atau 80 mm) dan bilangan salinan.',
        'Tekan Cetakan ujian: baris bernombor mesti memenuhi tepat satu baris kertas. Simpan.',
        'Tandakan Cetak tiket secara automatik semasa daftar masuk jika mahu. Laci tunai disambung ke port laci pencetak dan dibuka untuk bayaran tunai.',
      ],
    },
  },
  {
    id: 'tv-display',
    route: '/clinic',
    title: { en: 'Set up the waiting-room TV', ms: 'Sediakan TV ruang menunggu' },
    keywords: {
      en: ['tv', 'display', 'waiting room', 'screen', 'pairing code', 'call out', 'chime', 'notice'],
      ms: ['tv', 'paparan', 'ruang menunggu', 'skrin tv', 'kod pasangan', 'pengumuman', 'notis'],
    },
    steps: {
      en: [
        'Open Clinic settings → Waiting-room display: set a pairing code (at least 6 letters or digits), the notice and the call-out languages, and Save.',
        'Start the hub where the TV can reach it (CLINICDESK_HOST=0.0.0.0).',
        'On the TV’s browser open http://<clinic PC address>:4780/#/display?code=<pairing code> and make it full screen; tap Tap to turn on sound once.',
      ],
      ms: [
        'Buka Tetapan klinik → Paparan ruang menunggu: tetapkan kod pasangan (sekurang-kurangnya 6 huruf atau digit), notis dan bahasa panggilan, dan Simpan.',
        'Mulakan hub di tempat TV boleh mencapainya (CLINICDESK_HOST=0.0.0.0).',
        'Pada pelayar TV buka http://<alamat PC klinik>:4780/#/display?code=<kod pasangan> dan jadikan skrin penuh; ketik sekali untuk menghidupkan bunyi.',
      ],
    },
  },
  {
    id: 'ai-settings',
    route: '/ai',
    title: { en: 'Switch AI on and choose the model', ms: 'Hidupkan AI dan pilih model' },
    keywords: {
      en: ['ai', 'artificial intelligence', 'model', 'ollama', 'openai', 'api key', 'test connection', 'assistant', 'switch off ai'],
      ms: ['ai', 'kecerdasan buatan', 'model', 'ollama', 'kunci api', 'uji sambungan', 'pembantu', 'matikan ai'],
    },
    steps: {
      en: [
        'Open AI provider (clinic managers). Type the base URL of an OpenAI-compatible server — a model on the clinic’s own PC through Ollama is the private choice — and the default model.',
        'Tick Use AI for drafts and Save. Save key to keychain if the server needs an API key.',
        'Press Test connection: it lists the server’s models.',
        'AI only drafts: names and identity numbers are replaced on this PC before anything is sent, and every feature works with AI off. The AI log lists every call.',
      ],
      ms: [
        'Buka Pembekal AI (pengurus klinik). Taip URL asas pelayan serasi OpenAI — model pada PC klinik sendiri melalui Ollama ialah pilihan peribadi — dan model lalai.',
        'Tandakan Gunakan AI untuk draf dan Simpan. Simpan kunci ke rantai kunci jika pelayan memerlukan kunci API.',
        'Tekan Uji sambungan: ia menyenaraikan model pelayan.',
        'AI hanya membuat draf: nama dan nombor pengenalan diganti di PC ini sebelum apa-apa dihantar, dan setiap ciri berfungsi tanpa AI. Log AI menyenaraikan setiap panggilan.',
      ],
    },
  },
];
