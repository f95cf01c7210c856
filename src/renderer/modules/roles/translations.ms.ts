import type { Translations } from '../../i18n/translations';
import type { rolesEn } from './translations.en';

export const rolesMs: Translations<typeof rolesEn> = {
  roles: {
    admin: 'Pentadbir', doctor: 'Doktor', nurse: 'Jururawat', receptionist: 'Penyambut tetamu', pharmacist: 'Ahli farmasi', finance: 'Kewangan', hq_staff: 'Kakitangan HQ',
  },
  permissions: {
    'users.view': 'Lihat pengguna',
    'users.manage': 'Urus pengguna',
    'roles.manage': 'Urus peranan dan kebenaran',
    'clinic.view': 'Lihat tetapan klinik',
    'clinic.manage': 'Ubah tetapan klinik',
    'audit.view': 'Lihat log audit',
    'backup.manage': 'Urus sandaran',
    'patients.view': 'Lihat pesakit',
    'patients.manage': 'Daftar dan ubah pesakit',
    'patients.merge': 'Gabungkan rekod pesakit pendua',
    'patients.import': 'Import pesakit daripada fail CSV',
    'queue.operate': 'Kendalikan giliran',
    'appointments.book': 'Tempah dan ubah temu janji',
    'schedules.manage': 'Tetapkan jadual doktor, cuti dan jenis temu janji',
    'clinical.view': 'Baca rekod klinikal (nota, diagnosis, tanda vital, preskripsi)',
    'consultation.write': 'Tulis konsultasi',
    'pharmacy.dispense': 'Dispens ubat',
    'stock.manage': 'Terima barang, pesan daripada pembekal dan kira stok',
    'stock.adjust': 'Laras dan hapus kira stok, catat kiraan stok',
    'billing.operate': 'Bil dan terima bayaran',
    'billing.adjust': 'Beri diskaun dan batalkan invois',
    'finance.view': 'Lihat kewangan',
    'einvoice.submit': 'Bina dan hantar e-invois ke LHDN',
    'reports.view': 'Lihat laporan',
    'hq.manage': 'Urus pautan HQ',
  },
  rolesPage: {
    permission: 'Kebenaran',
    users_one: '{{count}} pengguna',
    users_other: '{{count}} pengguna',
    save_one: 'Simpan peranan yang diubah',
    save_other: 'Simpan {{count}} peranan yang diubah',
    discard: 'Batalkan perubahan',
    readOnly: 'Anda boleh melihat kebenaran tetapi tidak boleh mengubahnya.',
  },
};
