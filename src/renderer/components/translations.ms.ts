import type { Translations } from '../i18n/translations';
import type { componentsEn } from './translations.en';

export const componentsMs: Translations<typeof componentsEn> = {
  components: {
    dataTable: {
      empty: 'Tiada apa untuk dipaparkan.',
      loading: 'Memuatkan…',
      loadMore: 'Tunjuk lagi',
      rowsShown: '{{from}}–{{to}} daripada {{count}}',
      rowsPerPage: 'Baris setiap halaman',
      firstPage: 'Halaman pertama',
      previousPage: 'Halaman sebelumnya',
      nextPage: 'Halaman seterusnya',
      lastPage: 'Halaman terakhir',
      showDetails: 'Tunjuk butiran',
      hideDetails: 'Sembunyi butiran',
    },
    setupList: {
    editing: 'Ubah baris yang dipilih',
      add: 'Tambah',
      addAnother: 'Buat yang baharu',
      active: 'Aktif',
      inactive: 'Tidak aktif',
    },
    dateField: {
      placeholder: 'hh/bb/tttt',
      unreadable: 'Tulis tarikh dengan hari dahulu: hari/bulan/tahun, contohnya 25/12/2026.',
      impossible: '{{text}} bukan tarikh yang wujud dalam kalendar.',
      tooEarly: 'Pilih {{date}} atau hari selepasnya.',
      tooLate: 'Pilih {{date}} atau hari sebelumnya.',
      pick: 'Pilih daripada kalendar',
      time: 'Masa',
      timePlaceholder: 'jj:mm',
      timeUnreadable: 'Tulis masa dalam format 24 jam, contohnya 09:30 atau 14:00.',
    },
    connection: {
      reconnecting: 'Sambungan ke hab ClinicDesk terputus. Menyambung semula…',
      reconnectingIn: 'Sambungan ke hab ClinicDesk terputus. Menyambung semula… (cubaan seterusnya dalam {{seconds}} saat)',
    },
  },
};
