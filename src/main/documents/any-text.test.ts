import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../../tests/support/escpos-decoder';
import { requireTool } from '../../../tests/support/external-tools';
import { SAMPLE_TICKET } from '../../../tests/support/sample-ticket';
import { renderEscPos } from './escpos';
import { renderPdf } from './pdf';
import { queueTicketLayout } from './queue-ticket';

const run = promisify(execFile);

/**
 * Whatever a clinic types as its name or a room's, every document still prints: random text
 * drawn from the kinds of code point that trouble text layout. The generator is seeded, so a
 * failure names the exact text and repeats.
 */
const KINDS: ReadonlyArray<readonly [string, number, number]> = [
  ['Latin letter', 0x41, 0x7a],
  ['space', 0x20, 0x20],
  ['Latin extended', 0x1e00, 0x1eff],
  ['combining mark', 0x300, 0x36f],
  ['overlay mark', 0x334, 0x338],
  ['mark for symbols', 0x20d0, 0x20ff],
  ['Cyrillic mark', 0x483, 0x489],
  ['extended mark', 0x1ab0, 0x1aff],
  ['supplementary mark', 0x1dc0, 0x1dff],
  ['half mark', 0xfe20, 0xfe2f],
  ['zero-width and direction mark', 0x200b, 0x200f],
  ['invisible operator', 0x2060, 0x2064],
  ['byte order mark', 0xfeff, 0xfeff],
  ['soft hyphen', 0xad, 0xad],
  ['variation selector', 0xfe00, 0xfe0f],
  ['ideographic variation selector', 0xe0100, 0xe01ef],
  ['emoji', 0x1f300, 0x1faff],
  ['emoji modifier', 0x1f3fb, 0x1f3ff],
  ['mathematical letter', 0x1d400, 0x1d7ff],
  ['CJK extension B', 0x20000, 0x2a6df],
  ['tag', 0xe0020, 0xe007f],
  ['Hebrew', 0x590, 0x5ff],
  ['Arabic', 0x600, 0x6ff],
  ['bidi embedding', 0x202a, 0x202e],
  ['bidi isolate', 0x2066, 0x2069],
  ['Tamil', 0xb80, 0xbff],
  ['Devanagari', 0x900, 0x97f],
  ['Thai', 0xe00, 0xe7f],
  ['Chinese', 0x4e00, 0x9fff],
  ['Hangul', 0xac00, 0xd7a3],
  ['Greek', 0x370, 0x3ff],
  ['Cyrillic', 0x400, 0x4ff],
  ['C0 control', 0x0, 0x1f],
  ['C1 control', 0x7f, 0x9f],
  ['line and paragraph separator', 0x2028, 0x2029],
  ['half surrogate pair', 0xd800, 0xdfff],
  ['private use', 0xe000, 0xf8ff],
  ['specials and noncharacters', 0xfff9, 0xffff],
  ['any code point', 0x0, 0x10ffff],
];

/** mulberry32: small, seeded, good enough to spread tries over the kinds. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomTexts(seed: number, count: number): string[] {
  const random = seeded(seed);
  const pick = (from: number, to: number): number => from + Math.floor(random() * (to - from + 1));
  return Array.from({ length: count }, () => {
    let text = '';
    for (let length = pick(1, 14); length > 0; length--) {
      const [, from, to] = KINDS[pick(0, KINDS.length - 1)];
      // A lone surrogate cannot go through String.fromCodePoint's pairing, but a crafted call can send one.
      const codePoint = pick(from, to);
      text += codePoint >= 0xd800 && codePoint <= 0xdfff ? String.fromCharCode(codePoint) : String.fromCodePoint(codePoint);
    }
    return text;
  });
}

/** Every kind at least once, and the texts that once broke a document. */
const KNOWN = ['Klinik Z\u0335', 'Ő̸\u0338\u0334', '\u0335', 'A\u0489', 'Klinik 👨‍👩‍👧 ✌🏽 ❤️', 'עברית Klinik العربية', '\u202eKlinik', 'a\0b\u001b[2J', '\ud800\udc00\udfff', '葛\udb40\udd00', ...KINDS.map(([, from, to]) => String.fromCodePoint(from, to === 0x10ffff ? 0x10fffd : to >= 0xd800 && to <= 0xdfff ? 0x41 : to))];

let folder = '';
beforeAll(async () => {
  requireTool('pdftotext', 'poppler-utils');
  folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-any-text-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const texts = [...KNOWN, ...randomTexts(20261123, 300)];

describe('documents survive any text the clinic types', () => {
  it('renders every text as a ticket PDF that a PDF reader opens', async () => {
    const failed: string[] = [];
    let index = 0;
    for (const text of texts) {
      try {
        const pdf = await renderPdf(queueTicketLayout({ ...SAMPLE_TICKET, clinicName: text, roomName: text }), { widthMm: index % 2 ? 58 : 80 });
        // Reading every tenth back keeps the test quick; pdftotext fails on a broken file.
        if (index % 10 === 0) {
          const file = path.join(folder, `ticket-${index}.pdf`);
          await writeFile(file, pdf);
          await run('pdftotext', [file, '-']);
        }
      } catch (error) {
        failed.push(`${JSON.stringify(text)}: ${error instanceof Error ? error.message : String(error)}`);
      }
      index++;
    }
    expect(failed).toEqual([]);
  }, 120_000);

  it('sends every text to the receipt printer as printable characters or images within the paper width', () => {
    for (const text of texts) {
      for (const charsPerLine of [32, 48]) {
        const bytes = renderEscPos(queueTicketLayout({ ...SAMPLE_TICKET, clinicName: text, roomName: text }), { charsPerLine, copies: 1 });
        const [job] = decodeEscPos(bytes).jobs;
        for (const line of job.lines) {
          expect(line.text, JSON.stringify(text)).toMatch(/^[\x20-\x7e]*$/);
          expect(line.text.length * line.magnify, JSON.stringify(text)).toBeLessThanOrEqual(charsPerLine);
        }
        // What the code page cannot print goes as images, never wider than the paper (12 dots a character).
        for (const image of job.images) expect(image.width, JSON.stringify(text)).toBeLessThanOrEqual(charsPerLine * 12);
      }
    }
  });
});
