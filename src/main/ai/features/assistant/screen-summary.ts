import { helpScreen } from '../../../../shared/help/help-topics';
import type { HelpLanguage } from '../../../../shared/help/help-topic';
import { ASSISTANT_SCREEN_TEXT_MAX, type ScreenCounts, type ScreenSummary } from '../../../../shared/schemas/ai-assistant';

/** "Waiting (3)", "Voids and credit notes (2)": a heading that counts what it lists. */
const COUNTED_HEADING = /^([\p{L}][\p{L}\p{N} ’'&,./-]{1,60}?)\s*\((\d{1,5})\)$/u;
const TICKET = /\b[A-Z]{1,2}\d{3}\b/g;
const AMOUNT = /\bRM\s?-?\d[\d,]*\.\d{2}\b/g;
const RECORD = /\bMRN-\d+\b/g;
const DOCUMENT = /\b[A-Z]{1,4}-\d{4}-\d{3,}\b/g;

function distinct(text: string, pattern: RegExp): number {
  return new Set(text.match(pattern) ?? []).size;
}

/**
 * Counts what a screen lists from its visible text (as a browser's innerText gives it: a table
 * row per line, its cells split by tabs). Only counts and the headings that count come out.
 */
export function countScreen(raw: string): ScreenCounts {
  const text = raw.slice(0, ASSISTANT_SCREEN_TEXT_MAX);
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const sections: ScreenCounts['sections'] = [];
  let rows = 0;
  let inTable = false;
  for (const line of lines) {
    const heading = COUNTED_HEADING.exec(line);
    if (heading && !line.includes('\t')) sections.push({ label: heading[1].trim(), count: Number(heading[2]) });
    const isRow = line.includes('\t');
    // The first row of each run of tab-separated lines is the table's header.
    if (isRow && inTable) rows += 1;
    inTable = isRow;
  }
  return { sections, rows, tickets: distinct(text, TICKET), amounts: (text.match(AMOUNT) ?? []).length, records: distinct(text, RECORD), documents: distinct(text, DOCUMENT) };
}

const WORDS: Record<HelpLanguage, { rows: string; tickets: string; amounts: string; records: string; documents: string; unknownScreen: string; nothing: string }> = {
  en: { rows: 'table rows', tickets: 'tickets', amounts: 'amounts in RM', records: 'patient records', documents: 'numbered documents', unknownScreen: 'This screen', nothing: 'Nothing is listed on it yet.' },
  ms: { rows: 'baris jadual', tickets: 'tiket', amounts: 'amaun dalam RM', records: 'rekod pesakit', documents: 'dokumen bernombor', unknownScreen: 'Skrin ini', nothing: 'Belum ada apa-apa disenaraikan.' },
};

/** The screen's summary: its name, what it is for, and how much it lists. */
export function summariseScreen(route: string, screenText: string, language: HelpLanguage): { summary: ScreenSummary; text: string } {
  const screen = helpScreen(route);
  const counts = countScreen(screenText);
  const words = WORDS[language];
  const title = screen ? screen.title[language] : null;
  const opening = screen
    ? language === 'ms'
      ? `Anda di ${screen.title.ms}: ${screen.about.ms}.`
      : `You are on ${screen.title.en}: ${screen.about.en}.`
    : `${words.unknownScreen}.`;
  const listed = [
    ...counts.sections.map((section) => `${section.label} (${section.count})`),
    ...(['rows', 'tickets', 'amounts', 'records', 'documents'] as const).filter((key) => counts[key] > 0).map((key) => `${counts[key]} ${words[key]}`),
  ];
  const onIt = listed.length === 0 ? words.nothing : language === 'ms' ? `Dipaparkan: ${listed.join(', ')}.` : `On it: ${listed.join(', ')}.`;
  return { summary: { route, title, counts }, text: `${opening} ${onIt}` };
}
