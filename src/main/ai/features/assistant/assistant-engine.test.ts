import { describe, expect, it } from 'vitest';
import { HELP_TOPICS } from '../../../../shared/help/help-topics';
import { assistantAskInputSchema, type AssistantAskInput } from '../../../../shared/schemas/ai-assistant';
import { answerLocally, asksForSummary } from './assistant-engine';
import { languageOf, termsOfWord } from './help-terms';

const ask = (question: string, extra: Partial<AssistantAskInput> = {}) => answerLocally(assistantAskInputSchema.parse({ question, route: '/', ...extra }));

describe('the help topics', () => {
  it('have unique ids, and a title, keywords and steps in English and Malay', () => {
    expect(new Set(HELP_TOPICS.map((topic) => topic.id)).size).toBe(HELP_TOPICS.length);
    for (const topic of HELP_TOPICS) {
      for (const language of ['en', 'ms'] as const) {
        expect(topic.title[language], topic.id).toMatch(/\S/);
        expect(topic.keywords[language].length, topic.id).toBeGreaterThan(0);
        expect(topic.steps[language].length, topic.id).toBeGreaterThan(1);
      }
      expect(topic.steps.ms.length, `${topic.id}: the Malay steps follow the English ones`).toBe(topic.steps.en.length);
    }
  });
});

describe('finding the topic for a question', () => {
  it.each([
    ['how do I close the day?', 'close-the-day', 'en'],
    ['How do I print the Z report', 'close-the-day', 'en'],
    ['end of day closing', 'close-the-day', 'en'],
    ['macam mana nak tutup kedai hari ini', 'close-the-day', 'ms'],
    ['bagaimana cetak laporan Z', 'close-the-day', 'ms'],
    ['how do I check in a walk-in patient', 'check-in-walk-in', 'en'],
    ['macam mana nak daftar masuk pesakit', 'check-in-walk-in', 'ms'],
    ['book an appointment for next week', 'book-appointment', 'en'],
    ['cara tempah temu janji', 'book-appointment', 'ms'],
    ['how do I call the next patient', 'call-next-patient', 'en'],
    ['nak panggil pesakit seterusnya', 'call-next-patient', 'ms'],
    ['where do I write the diagnosis', 'write-note-diagnosis-prescription', 'en'],
    ['macam mana nak tetapkan ubat', 'write-note-diagnosis-prescription', 'ms'],
    ['how do I issue an MC', 'issue-mc-letter-slip', 'en'],
    ['nak keluarkan surat rujukan', 'issue-mc-letter-slip', 'ms'],
    ['how to dispense medicines and print labels', 'dispense', 'en'],
    ['how do I take payment by card', 'take-payment', 'en'],
    ['the company panel pays part of the bill, how do I split', 'take-payment', 'en'],
    ['macam mana pesakit bayar tunai', 'take-payment', 'ms'],
    ['how do I void a payment', 'void-or-credit-note', 'en'],
    ['macam mana nak buat nota kredit', 'void-or-credit-note', 'ms'],
    ['how do I open my till with the float', 'open-close-till', 'en'],
    ['buka kaunter tunai', 'open-close-till', 'ms'],
    ['how do I send a claim to the panel', 'panel-claims', 'en'],
    ['tuntutan panel', 'panel-claims', 'ms'],
    ['the supplier delivered stock, how do I receive it', 'stock-delivery', 'en'],
    ['barang sampai dari pembekal', 'stock-delivery', 'ms'],
    ['how do I do a stock take', 'stock-take', 'en'],
    ['macam mana nak kira stok', 'stock-take', 'ms'],
    ['how do I back up to a USB drive', 'backups', 'en'],
    ['I lost the recovery code and have a new PC', 'recovery-code', 'en'],
    ['lupa kata laluan pentadbir', 'recovery-code', 'ms'],
    ['set up the receipt printer', 'receipt-printer', 'en'],
    ['macam mana sambung pencetak resit', 'receipt-printer', 'ms'],
    ['how do I put the queue on the waiting room TV', 'tv-display', 'en'],
    ['how do I switch on AI with Ollama', 'ai-settings', 'en'],
    ['is this MC genuine? the employer is asking', 'verify-document', 'en'],
    ['register a new patient with a passport', 'register-patient', 'en'],
  ])('%s → %s (%s)', (question, topicId, language) => {
    const reply = ask(question);
    expect(reply).toMatchObject({ kind: 'answer', language, topicIds: [topicId] });
    const topic = HELP_TOPICS.find((entry) => entry.id === topicId);
    expect(reply.steps).toEqual(topic?.steps[language as 'en' | 'ms']);
  });

  it.each([
    ['what is the weather tomorrow', 'en'],
    ['siapa menang bola semalam', 'ms'],
    ['??', 'en'],
  ])('“%s” is not known: it says so and offers topics to try', (question, language) => {
    const reply = ask(question);
    expect(reply).toMatchObject({ kind: 'unknown', language, steps: [], topicIds: [] });
    expect(reply.text).toBe(language === 'ms' ? 'Saya tidak tahu — cuba topik ini:' : 'I don’t know — try these topics:');
    expect(reply.suggestions.length).toBeGreaterThan(0);
    for (const id of reply.suggestions) expect(HELP_TOPICS.map((topic) => topic.id)).toContain(id);
  });

  it('answers in the screen’s language when the question does not say', () => {
    expect(ask('MC', { language: 'ms' })).toMatchObject({ language: 'ms', topicIds: ['issue-mc-letter-slip'] });
    expect(ask('MC', { language: 'en' })).toMatchObject({ language: 'en', topicIds: ['issue-mc-letter-slip'] });
  });

  it('reads Malay words by their roots', () => {
    expect(termsOfWord('menutup')).toContain('tutup');
    expect(termsOfWord('pendaftaran')).toContain('daftar');
    expect(termsOfWord('mengira')).toContain('kira');
    expect(termsOfWord('pembayaran')).toContain('bayar');
    expect(termsOfWord('closing')).toEqual(termsOfWord('close'));
    expect(languageOf('macam mana nak tutup kedai hari ini')).toBe('ms');
    expect(languageOf('how do I close the day?')).toBe('en');
  });
});

describe('summarising the screen', () => {
  it.each([
    ['Summarise this screen', true],
    ['what is on this page?', true],
    ['Ringkaskan skrin ini', true],
    ['apa ada di skrin ini', true],
    ['how do I close the day?', false],
    ['tutup hari', false],
  ])('“%s” asks for a summary: %s', (question, expected) => {
    expect(asksForSummary(question)).toBe(expected);
  });

  const TILL_SCREEN = [
    'Till & closing',
    'My till',
    'Open since 08:01 with a float of RM 200.00.',
    'Closing 3 Dec 2026',
    'Visits still open (2)',
    'Ticket\tPatient\tStage',
    'A001\tTan Wei Ming · MRN-000123\tstill in a queue',
    'A002\tSiti Nurhaliza binti Abdullah · MRN-000124\towes RM 13.50',
    'Voids and credit notes (1)',
    'INV-2026-00012\tRM 35.00\tWrong fee',
  ].join('\n');

  it('names the screen, what it is for and counts what it lists, in English', () => {
    const reply = ask('Summarise this screen', { route: '/till', screenText: TILL_SCREEN });
    expect(reply).toMatchObject({ kind: 'summary', language: 'en', topicIds: ['open-close-till', 'close-the-day'] });
    expect(reply.screen).toEqual({
      route: '/till',
      title: 'Till & closing',
      counts: { sections: [{ label: 'Visits still open', count: 2 }, { label: 'Voids and credit notes', count: 1 }], rows: 2, tickets: 2, amounts: 3, records: 2, documents: 1 },
    });
    expect(reply.text).toBe('You are on Till & closing: each cashier’s till and closing the clinic day with its Z report. On it: Visits still open (2), Voids and credit notes (1), 2 table rows, 2 tickets, 3 amounts in RM, 2 patient records, 1 numbered documents.');
    expect(reply.text).not.toContain('Tan Wei Ming');
  });

  it('in Malay, and for a screen with nothing listed', () => {
    const reply = ask('Ringkaskan skrin ini', { route: '/backups?x=1', screenText: 'Backups\nNo backups in the folder yet.' });
    expect(reply).toMatchObject({ kind: 'summary', language: 'ms', topicIds: ['backups', 'recovery-code'] });
    expect(reply.text).toBe('Anda di Sandaran: sandaran dalam folder sandaran, sandar sekarang dan pulihkan. Belum ada apa-apa disenaraikan.');
  });

  it('a route the help does not know is still summarised by its counts', () => {
    const reply = ask('summarise this page', { route: '/nowhere', screenText: 'Waiting (4)' });
    expect(reply.screen).toMatchObject({ title: null, counts: { sections: [{ label: 'Waiting', count: 4 }] } });
    expect(reply.topicIds).toEqual([]);
  });
});
