import type { Translations } from '../../i18n/translations';
import type { backupsEn } from './translations.en';

export const backupsMs: Translations<typeof backupsEn> = {
  backups: {
    now: 'Sandarkan sekarang', restore: 'Pulihkan', name: 'Fail', size: 'Saiz', created: 'Dicipta', none: 'Belum ada sandaran dalam folder.',
    confirmTitle: 'Pulihkan sandaran ini?', confirmBody: 'Semua data klinik semasa akan digantikan dengan sandaran “{{name}}”. Data semasa disimpan di tepi dalam folder data, tidak dipadam. Semua orang akan dilog keluar.',
    folderNotSet: 'Tetapkan folder sandaran dalam Tetapan klinik dahulu.', done: 'Sandaran disimpan.',
  },
};
