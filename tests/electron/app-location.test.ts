import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appLocation, isOwnAppUrl } from '../../src/main/electron/app-location';

describe('which pages are our own (they alone get an API link and may be navigated to)', () => {
  const packaged = appLocation('/opt/ClinicDesk/resources/app.asar/.vite/build', undefined, 'main_window');
  const index = pathToFileURL(packaged.indexFile).href;

  it('in a package: only the renderer index.html, with any client-side route', () => {
    expect(packaged.indexFile).toBe(path.resolve('/opt/ClinicDesk/resources/app.asar/.vite/renderer/main_window/index.html'));
    expect(isOwnAppUrl(index, packaged)).toBe(true);
    expect(isOwnAppUrl(`${index}#/patients/123`, packaged)).toBe(true);
    expect(isOwnAppUrl(pathToFileURL('/home/user/Downloads/evil.html').href, packaged)).toBe(false);
    expect(isOwnAppUrl('https://example.com/', packaged)).toBe(false);
    expect(isOwnAppUrl('not a url', packaged)).toBe(false);
  });

  it('in development: the Vite dev server origin only', () => {
    const dev = appLocation('/repo/.vite/build', 'http://localhost:5173', 'main_window');
    expect(isOwnAppUrl('http://localhost:5173/#/queue', dev)).toBe(true);
    expect(isOwnAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isOwnAppUrl(index, dev)).toBe(false);
  });
});
