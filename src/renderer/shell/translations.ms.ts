import type { Translations } from '../i18n/translations';
import type { shellEn } from './translations.en';

export const shellMs: Translations<typeof shellEn> = {
  nav: { home: 'Utama', patients: 'Pesakit', users: 'Pengguna', roles: 'Peranan & kebenaran', clinic: 'Tetapan klinik', medicines: 'Ubat', queue: 'Giliran', consultation: 'Bilik doktor', dispensary: 'Dispensari', appointments: 'Temu janji', schedules: 'Jadual', audit: 'Log audit', backups: 'Sandaran', purchasing: 'Pembelian', stockTake: 'Kiraan stok', registers: 'Daftar racun', stock: 'Stok', fees: 'Yuran', billing: 'Bil', till: 'Kaunter tunai & tutup hari', doctorFees: 'Fi doktor', einvoices: 'e-Invois', claims: 'Tuntutan panel', ledger: 'Lejar', ai: 'Pembekal AI', aiLog: 'Log AI' },
  shell: { lock: 'Kunci', signOut: 'Log keluar', lastBackup: 'Sandaran terakhir {{when}}', noBackup: 'Belum ada sandaran', backupFailed: 'Sandaran terakhir gagal: {{error}}' },
  notPermitted: { title: 'Tidak dibenarkan', body: 'Peranan anda tidak membenarkan skrin ini. Hubungi pentadbir klinik jika anda memerlukannya.' },
};
