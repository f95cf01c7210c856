import type { Translations } from '../../i18n/translations';
import type { assistantEn } from './translations.en';

/** Teks Bahasa Melayu panel pembantu. */
export const assistantMs: Translations<typeof assistantEn> = {
  assistant: {
    open: 'Bantuan',
    title: 'Pembantu',
    hint: 'Tanya cara melakukan sesuatu dalam ClinicDesk. Pembantu hanya menerangkan: ia tidak boleh mengubah apa-apa.',
    question: 'Macam mana nak …',
    ask: 'Tanya',
    summarise: 'Ringkaskan skrin ini',
    summariseQuestion: 'Ringkaskan skrin ini',
    openScreen: 'Buka {{screen}}',
    related: 'Lihat juga',
    tryThese: 'Topik untuk dicuba',
    close: 'Tutup',
  },
};
