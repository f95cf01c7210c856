import { z } from 'zod';

/**
 * The words of the page furniture the documents layer prints by itself: page numbers, the copy
 * mark, the serial box and the letterhead's labels. Everything else on a page (headings, labels
 * of fields, column titles, signature captions) is the module's content and comes in its
 * language already. These few live here, not in the renderer's i18n: the hub prints without a
 * screen, a printed page is a record (its words are archived with it, so a reprint says what the
 * original said even after this table changes), and a page often carries two languages at once.
 */
export const pageWordsSchema = z.object({
  /** `{page}` and `{pages}` are replaced by the numbers. */
  pageOf: z.string().max(200),
  copy: z.string().max(100),
  serialNo: z.string().max(100),
  verificationCode: z.string().max(100),
  issuedAt: z.string().max(100),
  phone: z.string().max(100),
  registrationNo: z.string().max(100),
});
export type PageWords = z.infer<typeof pageWordsSchema>;
export type PageLanguage = 'en' | 'ms';

const WORDS: Record<PageLanguage, PageWords> = {
  en: {
    pageOf: 'Page {page} of {pages}',
    copy: 'COPY',
    serialNo: 'Serial no.',
    verificationCode: 'Verification code',
    issuedAt: 'Issued',
    phone: 'Tel',
    registrationNo: 'Reg. no.',
  },
  ms: {
    pageOf: 'Muka surat {page} daripada {pages}',
    copy: 'SALINAN',
    serialNo: 'No. siri',
    verificationCode: 'Kod pengesahan',
    issuedAt: 'Dikeluarkan',
    phone: 'Tel',
    registrationNo: 'No. pendaftaran',
  },
};

/** The furniture's words in one language, or in two joined by " / " (Malaysian forms print Malay first, then English). */
export function pageWords(languages: readonly PageLanguage[]): PageWords {
  const sets = languages.map((language) => WORDS[language]);
  const join = (key: keyof PageWords): string => [...new Set(sets.map((words) => words[key]))].join(' / ');
  return pageWordsSchema.parse(Object.fromEntries(Object.keys(WORDS.en).map((key) => [key, join(key as keyof PageWords)])));
}

export function pageNumber(words: PageWords, page: number, pages: number): string {
  return words.pageOf.replaceAll('{page}', String(page)).replaceAll('{pages}', String(pages));
}
