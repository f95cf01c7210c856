import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateFontsDir, pdfTypefaces } from './pdf-fonts';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-fonts-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** A folder tree with an assets/fonts holding the marker font (empty: only its presence counts). */
async function fontsAt(...parts: string[]): Promise<string> {
  const dir = path.join(folder, ...parts);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'NotoSans-Regular.ttf'), '');
  return dir;
}

describe('finding the fonts at run time', () => {
  it('finds assets/fonts above the built headless hub (dist/hub) and above Vite’s Electron build (.vite/build)', async () => {
    const fonts = await fontsAt('checkout', 'assets', 'fonts');
    await mkdir(path.join(folder, 'checkout', 'dist', 'hub'), { recursive: true });
    expect(locateFontsDir(path.join(folder, 'checkout', 'dist', 'hub'), undefined)).toBe(fonts);
    expect(locateFontsDir(path.join(folder, 'checkout', '.vite', 'build'), undefined)).toBe(fonts);
  });

  it('takes the packaged app’s resources/fonts (Forge extraResource) before anything else', async () => {
    const resources = path.join(folder, 'packaged', 'resources');
    const fonts = await fontsAt('packaged', 'resources', 'fonts');
    expect(locateFontsDir(path.join(resources, 'app.asar', '.vite', 'build'), resources)).toBe(fonts);
  });

  it('says where it looked when the fonts are missing', async () => {
    const nowhere = path.join(folder, 'empty', 'dist', 'hub');
    await mkdir(nowhere, { recursive: true });
    expect(() => locateFontsDir(nowhere, path.join(folder, 'empty'))).toThrow(/assets\/fonts\/NotoSans-Regular\.ttf.*not found/);
  });
});

describe('the shipped fonts', () => {
  it('are the files SOURCE.md names, byte for byte, each with its licence beside it', async () => {
    const dir = locateFontsDir();
    const source = await readFile(path.join(dir, 'SOURCE.md'), 'utf8');
    const fontFiles = (await readdir(dir)).filter((file) => /\.(ttf|ttc)$/.test(file));
    expect(fontFiles.sort()).toEqual(['NotoSans-Bold.ttf', 'NotoSans-Regular.ttf', 'NotoSansTamil-Bold.ttf', 'NotoSansTamil-Regular.ttf', 'wqy-microhei.ttc']);
    for (const file of fontFiles) {
      const sha256 = createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex');
      const row = source.split('\n').find((line) => line.startsWith(`| \`${file}\``));
      expect(row, file).toContain(sha256);
      const licence = /`([\w.-]+\.txt)`/.exec(row ?? '')?.[1] ?? '';
      await expect(readFile(path.join(dir, licence), 'utf8'), file).resolves.toMatch(/License/i);
    }
  });

  it('open as the faces the fallback expects, in its order', () => {
    const names = pdfTypefaces().map((typeface) => [typeface.font('regular').postscriptName, typeface.font('bold').postscriptName]);
    expect(names).toEqual([
      ['NotoSans-Regular', 'NotoSans-Bold'],
      ['NotoSansTamil-Regular', 'NotoSansTamil-Bold'],
      ['WenQuanYiMicroHei', 'WenQuanYiMicroHei'],
    ]);
  });
});
