import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the app's own pages come from: Vite's dev server, or the packaged index.html. */
export interface AppLocation {
  devServerUrl: string | null;
  indexFile: string;
}

/** Built-in layout of @electron-forge/plugin-vite: .vite/build/main.js beside .vite/renderer/<name>/. */
export function appLocation(buildDir: string, devServerUrl: string | undefined, rendererName: string): AppLocation {
  return { devServerUrl: devServerUrl || null, indexFile: path.join(buildDir, '..', 'renderer', rendererName, 'index.html') };
}

/**
 * Whether a page URL is one of ours. Only these pages get an API link and may be
 * navigated to; in a package that is the one index.html (screens are client-side routes
 * in its hash), in development the dev server's origin.
 */
export function isOwnAppUrl(url: string, location: AppLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.devServerUrl) return parsed.origin === new URL(location.devServerUrl).origin;
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  return path.resolve(fileURLToPath(parsed)) === path.resolve(location.indexFile);
}
