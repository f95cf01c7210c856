import type { HelpTopic } from './help-topic';

/** The front desk's tasks: registering, checking in, appointments, calling, checking an MC. */
export const FRONT_DESK_TOPICS: readonly HelpTopic[] = [
  {
    id: 'register-patient',
    route: '/patients',
    title: { en: 'Register a new patient', ms: 'Daftar pesakit baharu' },
    keywords: {
      en: ['register', 'new patient', 'record', 'mykad', 'ic', 'passport', 'add patient', 'find patient', 'search'],
      ms: ['daftar', 'pesakit baharu', 'rekod', 'kad pengenalan', 'kp', 'pasport', 'tambah pesakit', 'cari pesakit'],
    },
    steps: {
      en: [
        'Open Patients and search by name, IC, passport, phone or MRN first: the patient may already have a record.',
        'Not found: press Register patient.',
        'Enter the MyKad number (date of birth and sex are read from it) or the passport and nationality, then the name, phones, allergies and panel memberships.',
        'Save. A duplicate IC is refused with the MRN of the existing record: open that record instead.',
      ],
      ms: [
        'Buka Pesakit dan cari mengikut nama, No. KP, pasport, telefon atau MRN dahulu: pesakit mungkin sudah ada rekod.',
        'Tidak dijumpai: tekan Daftar pesakit.',
        'Masukkan nombor MyKad (tarikh lahir dan jantina dibaca daripadanya) atau pasport dan warganegara, kemudian nama, telefon, alahan dan keahlian panel.',
        'Simpan. No. KP yang sama ditolak dengan MRN rekod sedia ada: buka rekod itu.',
      ],
    },
  },
  {
    id: 'check-in-walk-in',
    route: '/queue',
    title: { en: 'Check in a walk-in patient', ms: 'Daftar masuk pesakit tanpa temu janji' },
    keywords: {
      en: ['check in', 'walk-in', 'walk in', 'ticket', 'queue', 'arrive', 'complaint', 'priority', 'emergency'],
      ms: ['daftar masuk', 'tiket', 'giliran', 'walk-in', 'sampai', 'aduan', 'keutamaan', 'kecemasan', 'nombor giliran'],
    },
    steps: {
      en: [
        'Open Queue and choose the room the patient waits for.',
        'Press Check in and find the patient by name, IC, phone or MRN (register them first on Patients if they are new).',
        'Type the chief complaint and choose the priority (an emergency needs a reason).',
        'Press Check in: the ticket number (such as A001) is issued, and prints by itself if the clinic set the receipt printer to; otherwise press Print ticket.',
      ],
      ms: [
        'Buka Giliran dan pilih bilik yang ditunggu pesakit.',
        'Tekan Daftar masuk dan cari pesakit mengikut nama, No. KP, telefon atau MRN (daftar dahulu di Pesakit jika pesakit baharu).',
        'Taip aduan utama dan pilih keutamaan (kecemasan memerlukan sebab).',
        'Tekan Daftar masuk: nombor tiket (seperti A001) dikeluarkan, dan dicetak sendiri jika pencetak resit ditetapkan begitu; jika tidak, tekan Cetak tiket.',
      ],
    },
  },
  {
    id: 'book-appointment',
    route: '/appointments',
    title: { en: 'Book an appointment', ms: 'Tempah temu janji' },
    keywords: {
      en: ['appointment', 'book', 'booking', 'schedule', 'follow-up', 'reschedule', 'cancel appointment', 'calendar'],
      ms: ['temu janji', 'tempah', 'tempahan', 'jadual', 'susulan', 'tukar masa', 'batal temu janji', 'kalendar'],
    },
    steps: {
      en: [
        'Open Appointments and go to the day (Previous, Next, Today).',
        'Press Book appointment (or the key B, or click a free time on the calendar).',
        'Choose the patient, the doctor, the appointment type and the date: only free times are offered.',
        'Choose a time and press Book. Open the appointment later to confirm, reschedule, cancel with a reason, or check the patient in when they arrive.',
      ],
      ms: [
        'Buka Temu janji dan pergi ke hari itu (Sebelum, Seterusnya, Hari ini).',
        'Tekan Tempah temu janji (atau kekunci B, atau klik masa kosong pada kalendar).',
        'Pilih pesakit, doktor, jenis temu janji dan tarikh: hanya masa kosong ditawarkan.',
        'Pilih masa dan tekan Tempah. Buka temu janji kemudian untuk mengesahkan, menukar masa, membatalkan dengan sebab, atau mendaftar masuk pesakit apabila tiba.',
      ],
    },
  },
  {
    id: 'call-next-patient',
    route: '/consultation',
    title: { en: 'Call the next patient', ms: 'Panggil pesakit seterusnya' },
    keywords: {
      en: ['call next', 'next patient', 'call', 'recall', 'skip', 'no-show', 'now serving'],
      ms: ['panggil', 'panggil seterusnya', 'pesakit seterusnya', 'panggil semula', 'langkau', 'tidak hadir', 'sedang dilayan'],
    },
    steps: {
      en: [
        'In the Doctor’s room, press Call next (or the key N): the waiting-room TV chimes and shows the ticket and room, and the patient’s visit opens.',
        'From the Queue screen, choose the room and press Call next there.',
        'Recall calls the same ticket again; Skip sends it back a few tickets; No-show takes it off the queue (undo is possible for a few minutes).',
      ],
      ms: [
        'Di Bilik doktor, tekan Panggil seterusnya (atau kekunci N): TV ruang menunggu berbunyi dan memaparkan tiket dan bilik, dan lawatan pesakit dibuka.',
        'Dari skrin Giliran, pilih bilik dan tekan Panggil seterusnya di situ.',
        'Panggil semula memanggil tiket yang sama; Langkau menghantarnya ke belakang beberapa tiket; Tidak hadir mengeluarkannya daripada giliran (boleh dibuat asal dalam beberapa minit).',
      ],
    },
  },
  {
    id: 'verify-document',
    route: '/',
    title: { en: 'Check whether an MC is genuine', ms: 'Semak sama ada MC tulen' },
    keywords: {
      en: ['verify', 'genuine', 'real', 'employer', 'check mc', 'serial', 'verification code', 'fake'],
      ms: ['sahkan', 'tulen', 'majikan', 'semak mc', 'nombor siri', 'kod pengesahan', 'palsu'],
    },
    steps: {
      en: [
        'On Home, press Verify a document.',
        'Type the serial (such as MC-2026-00412) and the verification code printed beside it, then Check.',
        'Tell the caller only what shows: valid with the dates of leave, cancelled, or not found — never the illness or anything else about the patient.',
      ],
      ms: [
        'Di Utama, tekan Sahkan dokumen.',
        'Taip nombor siri (seperti MC-2026-00412) dan kod pengesahan yang dicetak di sebelahnya, kemudian Semak.',
        'Beritahu pemanggil hanya apa yang tertera: sah dengan tarikh cuti, dibatalkan, atau tidak dijumpai — jangan sekali-kali penyakit atau apa-apa lagi tentang pesakit.',
      ],
    },
  },
];
