import type { Translations } from '../../i18n/translations';
import type { auditEn } from './translations.en';

export const auditMs: Translations<typeof auditEn> = {
  audit: {
    time: 'Masa', who: 'Siapa', action: 'Tindakan', entity: 'Rekod', entityId: 'Id rekod', actionPrefix: 'Tindakan bermula dengan', from: 'Dari', to: 'Hingga',
    filter: 'Tapis', loadMore: 'Muat lagi', verify: 'Sahkan rantaian', verifyOk: 'Rantaian utuh: {{checked}} entri disemak.',
    verifyBroken: 'Rantaian terputus pada entri {{seq}} ({{problem}}) selepas {{checked}} entri.', before: 'Sebelum', after: 'Selepas', system: 'Sistem',
    problem: { edited: 'diubah', missing: 'hilang', reordered: 'tersusun semula', truncated: 'log berakhir sebelum entri yang ditambat', rewritten: 'entri yang ditambat telah diganti' },
    read: { viewed: 'dilihat', searched: 'dicari: {{count}} pesakit dipaparkan' },
    banner: {
      title: 'Log audit gagal disemak',
      body: 'Pada entri {{seq}} ({{problem}}), dikesan {{when}}: entri mungkin telah diubah atau dipadam di luar ClinicDesk.',
      whatToDo: 'Jangan padam atau pulihkan apa-apa dahulu. Biarkan PC ini dan pemacu sandaran seperti sedia ada, catat bila mesej ini muncul, dan hubungi sokongan ClinicDesk anda.',
      open: 'Buka log audit',
    },
  },
};
