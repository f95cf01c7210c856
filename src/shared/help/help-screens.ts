import type { HelpScreen } from './help-topic';

/**
 * Every screen of the navigation, by its route: its title (the navigation's own words; a test
 * holds them equal) and what it is for.
 */
export const HELP_SCREENS: readonly HelpScreen[] = [
  { route: '/', title: { en: 'Home', ms: 'Utama' }, about: { en: 'who is signed in, their PIN, and checking an MC for an employer', ms: 'siapa yang log masuk, PIN mereka, dan menyemak MC untuk majikan' } },
  { route: '/patients', title: { en: 'Patients', ms: 'Pesakit' }, about: { en: 'finding, registering and editing patients’ records', ms: 'mencari, mendaftar dan mengemas kini rekod pesakit' } },
  { route: '/queue', title: { en: 'Queue', ms: 'Giliran' }, about: { en: 'checking patients in and calling them, room by room', ms: 'mendaftar masuk dan memanggil pesakit, mengikut bilik' } },
  { route: '/consultation', title: { en: 'Doctor’s room', ms: 'Bilik doktor' }, about: { en: 'the doctor’s queue and the visit: notes, diagnoses, prescriptions and documents', ms: 'giliran doktor dan lawatan: nota, diagnosis, preskripsi dan dokumen' } },
  { route: '/dispensary', title: { en: 'Dispensary', ms: 'Dispensari' }, about: { en: 'prescriptions to dispense and over-the-counter sales', ms: 'preskripsi untuk didispens dan jualan kaunter' } },
  { route: '/billing', title: { en: 'Billing', ms: 'Bil' }, about: { en: 'invoices and payments at the counter', ms: 'invois dan bayaran di kaunter' } },
  { route: '/till', title: { en: 'Till & closing', ms: 'Kaunter tunai & tutup hari' }, about: { en: 'each cashier’s till and closing the clinic day with its Z report', ms: 'kaunter tunai setiap juruwang dan penutupan hari klinik dengan laporan Z' } },
  { route: '/doctor-fees', title: { en: 'Doctors’ fees', ms: 'Fi doktor' }, about: { en: 'each doctor’s fee rules and statements', ms: 'peraturan fi dan penyata setiap doktor' } },
  { route: '/claims', title: { en: 'Panel claims', ms: 'Tuntutan panel' }, about: { en: 'panel invoices to claim, claim batches and the panels’ payments', ms: 'invois panel untuk dituntut, kelompok tuntutan dan bayaran panel' } },
  { route: '/ledger', title: { en: 'Ledger', ms: 'Lejar' }, about: { en: 'the double-entry books: trial balance, day book and account statements', ms: 'buku catatan bergu: imbangan duga, buku harian dan penyata akaun' } },
  { route: '/appointments', title: { en: 'Appointments', ms: 'Temu janji' }, about: { en: 'the calendar of appointments by day or week', ms: 'kalendar temu janji mengikut hari atau minggu' } },
  { route: '/schedules', title: { en: 'Schedules', ms: 'Jadual' }, about: { en: 'doctors’ weekly hours, leave and holidays, appointment types and resources', ms: 'waktu mingguan doktor, cuti dan cuti umum, jenis temu janji dan sumber' } },
  { route: '/users', title: { en: 'Users', ms: 'Pengguna' }, about: { en: 'staff accounts and their roles', ms: 'akaun kakitangan dan peranan mereka' } },
  { route: '/roles', title: { en: 'Roles & permissions', ms: 'Peranan & kebenaran' }, about: { en: 'what each role may do', ms: 'apa yang boleh dilakukan oleh setiap peranan' } },
  { route: '/clinic', title: { en: 'Clinic settings', ms: 'Tetapan klinik' }, about: { en: 'the clinic’s profile, security, backups, rooms, panels, TV display, receipt printer and e-invoicing', ms: 'profil klinik, keselamatan, sandaran, bilik, panel, paparan TV, pencetak resit dan e-invois' } },
  { route: '/medicines', title: { en: 'Medicines', ms: 'Ubat' }, about: { en: 'the medicine list with prices and reorder levels', ms: 'senarai ubat dengan harga dan paras pesanan semula' } },
  { route: '/fees', title: { en: 'Fees', ms: 'Yuran' }, about: { en: 'the fee schedule: consultations, procedures, lab tests and packages', ms: 'jadual fi: konsultasi, prosedur, ujian makmal dan pakej' } },
  { route: '/purchasing', title: { en: 'Purchasing', ms: 'Pembelian' }, about: { en: 'suppliers, purchase orders, goods received, returns and the reorder list', ms: 'pembekal, pesanan belian, barang diterima, pulangan dan senarai pesanan semula' } },
  { route: '/stock', title: { en: 'Stock', ms: 'Stok' }, about: { en: 'stock by batch and expiry, movements and adjustments', ms: 'stok mengikut kelompok dan tarikh luput, pergerakan dan pelarasan' } },
  { route: '/stock-take', title: { en: 'Stock take', ms: 'Kiraan stok' }, about: { en: 'counting the shelves and posting the differences', ms: 'mengira rak dan mengepos perbezaan' } },
  { route: '/registers', title: { en: 'Poisons registers', ms: 'Daftar racun' }, about: { en: 'the Prescription Book, the psychotropic register and dangerous drugs', ms: 'Buku Preskripsi, daftar psikotropik dan dadah berbahaya' } },
  { route: '/audit', title: { en: 'Audit log', ms: 'Log audit' }, about: { en: 'who did what and when, and the check of the audit chain', ms: 'siapa melakukan apa dan bila, dan semakan rantai audit' } },
  { route: '/backups', title: { en: 'Backups', ms: 'Sandaran' }, about: { en: 'the backups in the backup folder, backing up now and restoring', ms: 'sandaran dalam folder sandaran, sandar sekarang dan pulihkan' } },
  { route: '/einvoices', title: { en: 'e-Invoices', ms: 'e-Invois' }, about: { en: 'e-invoices for LHDN MyInvois', ms: 'e-invois untuk LHDN MyInvois' } },
  { route: '/ai', title: { en: 'AI provider', ms: 'Pembekal AI' }, about: { en: 'the AI model the clinic uses, or AI switched off', ms: 'model AI yang digunakan klinik, atau AI dimatikan' } },
  { route: '/ai-log', title: { en: 'AI log', ms: 'Log AI' }, about: { en: 'every call to an AI model and the month’s usage', ms: 'setiap panggilan kepada model AI dan penggunaan bulanan' } },
];
