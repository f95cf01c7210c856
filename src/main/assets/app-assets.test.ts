import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetFile, locateAssetDir } from './app-assets';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-assets-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('finding the bundled data', () => {
  it('finds assets/data/<set> above the built hub, and in the packaged app’s resources/data first', async () => {
    for (const dir of [path.join(folder, 'checkout', 'assets', 'data', 'ddi'), path.join(folder, 'packaged', 'resources', 'data', 'ddi')]) {
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'onc-high-priority.json'), '[]');
    }
    expect(locateAssetDir('data/ddi', 'onc-high-priority.json', path.join(folder, 'checkout', 'dist', 'hub'), undefined)).toBe(path.join(folder, 'checkout', 'assets', 'data', 'ddi'));
    const resources = path.join(folder, 'packaged', 'resources');
    expect(locateAssetDir('data/ddi', 'onc-high-priority.json', path.join(resources, 'app.asar', '.vite', 'build'), resources)).toBe(path.join(resources, 'data', 'ddi'));
    expect(() => locateAssetDir('data/icd10cm', 'icd10cm-codes.tsv', path.join(folder, 'checkout', 'dist', 'hub'), resources)).toThrow(/assets\/data\/icd10cm\/icd10cm-codes\.tsv was not found/);
  });

  it('ships each data set with its SOURCE note', () => {
    for (const set of ['data/icd10cm', 'data/ddi']) expect(assetFile(set, 'SOURCE.md')).toMatch(/SOURCE\.md$/);
  });
});
