import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { requireTool } from './external-tools';

const run = promisify(execFile);

/** Where the page tests leave PNGs of the pages for a person to look at (not committed). */
export const ARTIFACTS = 'tests/e2e/artifacts';

/** A PDF read back the way poppler's tools read it: its page count and size, and each page's text in layout order. */
export interface ReadPdf {
  pages: string[];
  pageSize: string;
}

export function requirePoppler(): void {
  for (const tool of ['pdftotext', 'pdfinfo', 'pdftoppm']) requireTool(tool, 'poppler-utils');
}

async function withFile<T>(pdf: Buffer, work: (file: string, folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-pdf-'));
  try {
    const file = path.join(folder, 'document.pdf');
    await writeFile(file, pdf);
    return await work(file, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export function readPdf(pdf: Buffer): Promise<ReadPdf> {
  return withFile(pdf, async (file) => {
    const { stdout: text } = await run('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const { stdout: info } = await run('pdfinfo', [file]);
    const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    // pdftotext ends every page with a form feed.
    const pages = text.split('\f').slice(0, count);
    return { pages, pageSize: /Page size:\s+(.*)/.exec(info)?.[1]?.trim() ?? '' };
  });
}

/** The QR code on page `page`, read through a camera's eye (a 200 dpi image), or null. */
export function qrOnPage(pdf: Buffer, page = 1): Promise<string | null> {
  return withFile(pdf, async (file, folder) => {
    await run('pdftoppm', ['-png', '-r', '200', '-f', String(page), '-l', String(page), '-singlefile', file, path.join(folder, 'page')]);
    const png = PNG.sync.read(await readFile(path.join(folder, 'page.png')));
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
  });
}

/** Saves page `page` as tests/e2e/artifacts/<name>.png at 60 dpi, for eyes to check. */
export async function savePagePng(pdf: Buffer, name: string, page = 1): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const target = path.join(ARTIFACTS, name);
  await withFile(pdf, (file) => run('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', file, target]));
  return `${target}.png`;
}
