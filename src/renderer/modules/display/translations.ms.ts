import type { Translations } from '../../i18n/translations';
import type { displayEn } from './translations.en';

export const displayMs: Translations<typeof displayEn> = {
  display: {
    settings: 'Paparan ruang menunggu', pairingCode: 'Kod pasangan', pairingHint: 'Sekurang-kurangnya 6 huruf atau digit. TV membuka {{url}}',
    showMaskedNames: 'Tunjukkan nama pesakit bertopeng (cth. TAN S*** L***)', notice: 'Notis (bergerak di bahagian bawah)', languages: 'Bahasa panggilan',
    nowServing: 'Sedang dilayan', room: 'Bilik', recent: 'Baru dipanggil', waiting: 'Menunggu', nobody: '—',
    callout: 'Nombor {{ticket}}, bilik {{room}}', missingCode: 'Buka halaman ini dengan kod pasangan dari Tetapan klinik: #/display?code=…',
    connecting: 'Menyambung ke klinik…', sound: 'Ketik untuk menghidupkan bunyi',
    fingerprint: 'Cap jari sijil (SHA-256)',
    fingerprintHint: 'Semasa anda memasangkan TV, pelayarnya memberi amaran bahawa ia tidak mengenali sijil hab. Terima sijil itu hanya jika cap jari SHA-256 yang ditunjukkan oleh pelayar sama dengan yang di atas.',
    notEncrypted: 'Sambungan ke hab ini tidak disulitkan (HTTP biasa). Untuk menyulitkannya dalam rangkaian klinik, mulakan hab dengan CLINICDESK_TLS=on: cap jari sijilnya kemudian dipaparkan di sini.',
  },
};
