import type { Translations } from '../../i18n/translations';
import type { queueEn } from './translations.en';

export const queueMs: Translations<typeof queueEn> = {
  queue: {
    room: 'Bilik', checkIn: 'Daftar masuk', patient: 'Pesakit', complaint: 'Aduan utama', priority: 'Keutamaan',
    emergencyReason: 'Sebab kecemasan', ticketIssued: 'Tiket {{ticketNo}} dikeluarkan.', callNext: 'Panggil seterusnya', recall: 'Panggil semula',
    skip: 'Langkau', noShow: 'Tidak hadir', transfer: 'Pindah', done: 'Selesai', jump: 'Potong giliran kecemasan', jumpReason: 'Sebab memotong giliran',
    returnAfter: 'Kembali selepas berapa tiket', transferTo: 'Hantar ke', nowServing: 'Sedang dilayan', nobodyCalled: 'Belum ada yang dipanggil.',
    waiting: 'Menunggu ({{count}})',
    callOrder: 'Panggil seterusnya mengambil kecemasan dahulu, kemudian segera, kemudian yang lain ikut masa tiba. Warga emas ditanda, tidak didahulukan: untuk mengambil seseorang lebih awal, guna Potong giliran kecemasan dengan sebab. Tiket yang dilangkau kembali selepas bilangan tiket yang dipilih semasa melangkau.',
    empty: 'Tiada sesiapa menunggu.', position: 'No.', ticket: 'Tiket', waited: '{{count}} min', waitedHeader: 'Tempoh',
    noRooms: 'Belum ada bilik. Pentadbir menambahnya di Tetapan klinik.', skippedBack: 'dilangkau · kembali selepas {{count}}', calledTimes: 'dipanggil {{count}}×',
    choosePatient: 'Cari pesakit dahulu.', change: 'Tukar',
    noShowAsk: 'Tandakan {{name}} (tiket {{ticketNo}}) sebagai tidak hadir? Tiket akan dikeluarkan daripada giliran; anda boleh membuat asal dalam masa {{minutes}} minit.',
    appointmentToday: '{{name}} ada temu janji hari ini pada {{start}} dengan {{doctor}}.', checkInAppointmentInstead: 'Daftar masuk melalui temu janji itu',
    noShowTitle: 'Tidak hadir · {{ticketNo}}', noShowMarked: '{{ticketNo}} ditanda tidak hadir',
    priorities: { normal: 'Biasa', elderly: 'Warga emas', urgent: 'Segera', emergency: 'Kecemasan' },
    kinds: { consultation: 'Konsultasi', procedure: 'Prosedur', treatment: 'Rawatan', pharmacy: 'Farmasi', payment: 'Bayaran', exam: 'Pemeriksaan perubatan' },
  },
};
