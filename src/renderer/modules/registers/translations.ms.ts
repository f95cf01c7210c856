import type { Translations } from '../../i18n/translations';
import type { registersEn } from './translations.en';

/** Teks Bahasa Melayu untuk skrin daftar racun: Buku Preskripsi, daftar psikotropik dan baki dadah berbahaya. */
export const registersMs: Translations<typeof registersEn> = {
  registers: {
    title: 'Daftar racun',
    intro: 'Daftar yang dikehendaki oleh Akta Racun, ditulis oleh setiap pendispensan. Pilih tempoh, semak catatan, dan cetak untuk ahli farmasi atau pemeriksa.',
    tabs: { 'prescription-book': 'Buku Preskripsi', psychotropic: 'Daftar psikotropik', 'dangerous-drugs': 'Dadah berbahaya' },
    range: 'Tempoh',
    from: 'Dari',
    to: 'Hingga',
    rangeProblems: {
      incomplete: 'Taip kedua-dua tarikh (hari/bulan/tahun) untuk melihat daftar.',
      fromAfterTo: 'Tarikh “Dari” selepas tarikh “Hingga”. Tukar salah satu untuk melihat daftar.',
    },
    print: 'Cetak',
    printing: 'Menyediakan PDF…',
    columns: {
      serial: 'No. siri',
      bookSerial: 'No. Buku Preskripsi',
      date: 'Tarikh',
      medicine: 'Ubat dan kuantiti',
      patient: 'Pesakit',
      address: 'Alamat (tanpa preskripsi)',
      prescriber: 'Pemberi preskripsi',
      prescriptionRef: 'Rujukan preskripsi',
      repeatOf: 'Ulangan bagi',
      dispensedBy: 'Didispens oleh',
    },
    quantity: '{{quantity}} {{unit}}',
    cancelled: 'Dibatalkan: {{reason}}',
    cancelledNoReason: 'Dibatalkan',
    none: 'Tiada catatan dalam tempoh ini. Pilih tarikh lain, atau pastikan pendispensan telah selesai.',
    drug: 'Dadah berbahaya',
    retired: 'tidak lagi distok',
    pickDrug: 'Pilih dadah berbahaya untuk melihat baki berjalannya bagi tempoh ini.',
    noDrugs: 'Tiada ubat dikelaskan sebagai dadah berbahaya. Tetapkan kelas undang-undang ubat di Ubat dahulu.',
    openingBalance: 'Baki awal: {{quantity}}',
    closingBalance: 'Baki akhir: {{quantity}}',
    balanceColumns: { date: 'Tarikh', kind: 'Pergerakan', particulars: 'Diterima daripada / dibekalkan kepada', batchNo: 'Kelompok', received: 'Diterima', issued: 'Dikeluarkan', balance: 'Baki selepas' },
    movementKinds: { receipt: 'Diterima', dispense: 'Didispens', sale: 'Dijual', adjustment: 'Pelarasan', 'write-off': 'Dihapus kira', return: 'Dipulangkan', 'stock-take': 'Kiraan stok' },
    noMovements: 'Tiada penerimaan atau pembekalan dadah ini dalam tempoh ini. Baki kekal sama.',
  },
};
