import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where one of the app's bundled asset folders (`assets/<folder>`: fonts, data/icd10cm…) is. The
 * packaged desktop app has each top-level folder of assets/ in its resources folder (forge.config.ts
 * copies them there as extra resources, outside app.asar). Everywhere else the code runs inside
 * the repository — from src/ under the tests, dist/hub/ for the headless hub, .vite/build/ under
 * `electron-forge start` — and assets/ is found by walking up from here. `marker` is a file every
 * copy of the folder has: how a candidate is recognised.
 */
export function locateAssetDir(folder: string, marker: string, start = __dirname, resourcesPath = electronResourcesPath()): string {
  if (resourcesPath && existsSync(path.join(resourcesPath, folder, marker))) return path.join(resourcesPath, folder);
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'assets', folder);
    if (existsSync(path.join(candidate, marker))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`assets/${folder}/${marker} was not found above ${start} or in the app's resources`);
  }
}

/** The path of one bundled asset file, e.g. `assetFile('data/icd10cm', 'icd10cm-codes.tsv')`. */
export function assetFile(folder: string, file: string): string {
  return path.join(locateAssetDir(folder, file), file);
}

/** Set by Electron only; plain Node (the headless hub, the tests) has no such property. */
export function electronResourcesPath(): string | undefined {
  return (process as { resourcesPath?: string }).resourcesPath;
}
