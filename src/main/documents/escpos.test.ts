import { describe, expect, it } from 'vitest';
import { decodeEscPos, imageArt, inkBox, textOf, type PrintedImage, type PrintedJob } from '../../../tests/support/escpos-decoder';
import { renderEscPos } from './escpos';
import type { LayoutBlock } from './layout';

function printed(blocks: LayoutBlock[], charsPerLine = 48): PrintedJob {
  const { jobs } = decodeEscPos(renderEscPos({ title: 'test', blocks }, { charsPerLine, copies: 1 }));
  expect(jobs).toHaveLength(1);
  return jobs[0];
}

/** The image's ink box, failing with the picture when it is blank. */
function inked(image: PrintedImage): { left: number; right: number; top: number; bottom: number } {
  const box = inkBox(image);
  if (!box) throw new Error(`a blank image:\n${imageArt(image)}`);
  return box;
}

describe('lines the code page cannot print go to the receipt printer as images', () => {
  it('keeps a Latin line as text, accents dropped, with no image', () => {
    const job = printed([
      { kind: 'text', text: 'Klinik Sejahtera', bold: true, align: 'center' },
      { kind: 'text', text: 'Clínica São José' },
      { kind: 'columns', left: 'Consultation', right: 'RM\u00a035.00' },
    ]);
    expect(job.images).toEqual([]);
    expect(textOf(job)).toEqual(['Klinik Sejahtera', 'Clinica Sao Jose', `Consultation${' '.repeat(48 - 12 - 8)}RM 35.00`]);
  });

  it('prints a Chinese name as one image a line high, aligned as asked, in place of the text', () => {
    const job = printed([
      { kind: 'text', text: 'Pesakit / Patient' },
      { kind: 'text', text: '陈伟明', align: 'center' },
      { kind: 'text', text: 'Terima kasih' },
    ]);
    expect(textOf(job)).toEqual(['Pesakit / Patient', 'Terima kasih']);
    expect(job.images).toHaveLength(1);
    const [name] = job.images;
    expect(name).toMatchObject({ height: 30, align: 'center', scale: 0, afterLine: 1 });
    // Three characters about 20 dots each: the image is as wide as its ink, in whole bytes, not the paper.
    expect(name.width).toBeGreaterThanOrEqual(56);
    expect(name.width).toBeLessThanOrEqual(72);
    const box = inked(name);
    expect(box.right - box.left, imageArt(name)).toBeGreaterThanOrEqual(50);
    expect(box.bottom - box.top, imageArt(name)).toBeGreaterThanOrEqual(14);
  });

  it('prints the whole line as the image when only part of it is Chinese, and a heading twice as high', () => {
    const job = printed([
      { kind: 'text', text: 'Nama: 陈伟明', align: 'right' },
      { kind: 'text', text: '陈伟明诊所', size: 'large', bold: true, align: 'center' },
    ]);
    expect(job.lines.filter((line) => line.text.trim())).toEqual([]);
    expect(job.images.map((image) => [image.height, image.align])).toEqual([
      [30, 'right'],
      [60, 'center'],
    ]);
    // "Nama: " is drawn too: the ink starts well left of where the Chinese alone would.
    expect(inked(job.images[0]).right - inked(job.images[0]).left, imageArt(job.images[0])).toBeGreaterThan(100);
    expect(inked(job.images[1]).bottom - inked(job.images[1]).top, imageArt(job.images[1])).toBeGreaterThanOrEqual(30);
  });

  it('prints a Tamil name, shaped, as one image', () => {
    const job = printed([{ kind: 'text', text: 'சுப்பிரமணியம் கொழந்தைவேலு', bold: true }]);
    expect(textOf(job)).toEqual([]);
    expect(job.images).toHaveLength(1);
    expect(job.images[0]).toMatchObject({ height: 30, align: 'left' });
    expect(inked(job.images[0]).right, imageArt(job.images[0])).toBeGreaterThan(150);
  });

  it('wraps a long Chinese line into images no wider than 58 mm paper (384 dots)', () => {
    const job = printed([{ kind: 'text', text: '陈伟明'.repeat(10) }], 32);
    expect(job.images.length).toBeGreaterThanOrEqual(2);
    for (const image of job.images) {
      expect(image.width).toBeLessThanOrEqual(384);
      inked(image);
    }
  });

  it('prints a columns line with a Chinese label as one paper-wide image, the amount at the right edge', () => {
    const job = printed([{ kind: 'columns', left: '中药 (herbal)', right: 'RM 12.00' }], 32);
    expect(textOf(job)).toEqual([]);
    expect(job.images).toHaveLength(1);
    const [line] = job.images;
    expect(line.width).toBe(384);
    const box = inked(line);
    expect(box.left).toBeLessThan(4);
    expect(box.right, imageArt(line)).toBeGreaterThan(384 - 4);
  });
});
