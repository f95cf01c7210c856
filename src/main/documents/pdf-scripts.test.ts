import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../../../tests/support/external-tools';
import { renderPdf } from './pdf';
import { queueTicketLayout, type QueueTicket } from './queue-ticket';
import { SAMPLE_TICKET } from '../../../tests/support/sample-ticket';

const run = promisify(execFile);

const TICKET = SAMPLE_TICKET;
const WIDTH_PT = (80 / 25.4) * 72;

let folder = '';
let files = 0;
beforeAll(async () => {
  requireTool('pdftotext', 'poppler-utils');
  requireTool('pdffonts', 'poppler-utils');
  folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-scripts-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function ticketPdf(changes: Partial<QueueTicket>): Promise<{ file: string; size: number }> {
  const pdf = await renderPdf(queueTicketLayout({ ...TICKET, ...changes }), { widthMm: 80 });
  const file = path.join(folder, `ticket-${++files}.pdf`);
  await writeFile(file, pdf);
  return { file, size: pdf.length };
}

/** The ticket's lines as pdftotext reads them, in reading order. */
async function linesOf(changes: Partial<QueueTicket>): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', (await ticketPdf(changes)).file, '-']);
  return stdout.split('\n').map((line) => line.trim()).filter(Boolean);
}

/** Each line pdftotext finds: its words, and how far it reaches left and right, in points. */
async function lineBoxesOf(file: string): Promise<{ words: string[]; xMin: number; xMax: number }[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', file, '-']);
  return [...stdout.matchAll(/<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([\s\S]*?)<\/line>/g)].map((match) => ({
    xMin: Number(match[1]),
    xMax: Number(match[2]),
    words: [...match[3].matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((word) => word[1]),
  }));
}

/** How far a line's middle is from the paper's. */
const offCentre = (line: { xMin: number; xMax: number }): number => Math.abs((line.xMin + line.xMax) / 2 - WIDTH_PT / 2);

describe('tickets for clinics named in the scripts Malaysia writes', () => {
  it('prints a Chinese name', async () => {
    expect(await linesOf({ clinicName: '仁爱诊所', roomName: '診療室 2' })).toEqual(['仁爱诊所', 'A007', '診療室 2', '23/11/2026 09:41']);
  });

  it('prints a Tamil name that reads back as typed, although shaping draws its vowel signs before their consonants', async () => {
    // Without the ActualText span pdftotext reads the glyphs in drawn order: "மருத்துவமைன ெகாடி".
    expect(await linesOf({ clinicName: 'மருத்துவமனை கொடி', roomName: 'அறை 2' })).toEqual(['மருத்துவமனை கொடி', 'A007', 'அறை 2', '23/11/2026 09:41']);
  });

  it('mixes Chinese and Latin on one line, centred as one line', async () => {
    const { file } = await ticketPdf({ clinicName: '诊所 Klinik Sejahtera' });
    const [nameLine] = await lineBoxesOf(file);
    expect(nameLine.words).toEqual(['诊所', 'Klinik', 'Sejahtera']);
    expect(offCentre(nameLine)).toBeLessThan(1);
  });

  it('prints a Malay name with the diacritics of its Arabic spelling', async () => {
    expect((await linesOf({ clinicName: 'Klinik Puan Sri Ḥafīẓah Ṣāliḥ' }))[0]).toBe('Klinik Puan Sri Ḥafīẓah Ṣāliḥ');
  });

  it('prints a letter with a mark it has no precomposed form with (Klinik Z̵), which fontkit failed to place', async () => {
    // Noto Sans leaves the overlay marks' anchors on most capitals empty; fontkit 2.0.4 threw on them.
    expect((await linesOf({ clinicName: 'Klinik Z\u0335 Ő̸' }))[0].normalize('NFC')).toBe('Klinik Z\u0335 Ő̸');
  });

  it('prints "?" for a character no font has, and does not fail', async () => {
    expect((await linesOf({ clinicName: 'Klinik 😀 Ceria 👨‍👩‍👧' }))[0]).toBe('Klinik ? Ceria ?');
  });

  it('wraps a long mixed name inside the paper, each line centred', async () => {
    const { file } = await ticketPdf({ clinicName: 'Klinik Keluarga Sejahtera 吉隆坡仁爱家庭医疗诊所 மருத்துவமனை Petaling Jaya' });
    const lines = await lineBoxesOf(file);
    const nameLines = lines.slice(0, lines.findIndex((line) => line.words.includes('A007')));
    // Chinese breaks between any two characters, so the first line fills up to the paper's edge.
    expect(nameLines.map((line) => line.words.join(' '))).toEqual(['Klinik Keluarga Sejahtera 吉隆坡仁爱家庭', '医疗诊所 மருத்துவமனை Petaling Jaya']);
    for (const line of nameLines) {
      expect(line.xMin).toBeGreaterThan(0);
      expect(line.xMax).toBeLessThan(WIDTH_PT);
      expect(offCentre(line)).toBeLessThan(1);
    }
  });

  it('embeds a subset of each font it uses, and only those', async () => {
    const { file, size } = await ticketPdf({ clinicName: '诊所 மருத்துவமனை Klinik' });
    const { stdout } = await run('pdffonts', [file]);
    const fonts = stdout
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(/\s+/));
    expect(fonts.map(([name]) => name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular', 'NotoSansTamil-Bold', 'WenQuanYiMicroHei']);
    // name, type (two words), encoding, then emb sub uni: every font embedded, subset, with a Unicode map.
    for (const [name, , , , emb, sub, uni] of fonts) expect([name.slice(6, 7), emb, sub, uni]).toEqual(['+', 'yes', 'yes', 'yes']);
    // The CJK font file is 5 MB; its subset here is a few kilobytes.
    expect(size).toBeLessThan(40_000);
  });
});
