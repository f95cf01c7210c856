import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Starts the real desktop app where an Electron binary exists and checks the first screen.
 * Where there is none (this workplace: the binary download is blocked), it says so and
 * skips. The built app (.vite/build/main.js, from `electron-forge package` or `start`)
 * is needed too.
 */

const ROOT = path.resolve(__dirname, '../..');

/**
 * The binary's path as the electron package would give it, without requiring that package:
 * `require('electron')` tries to download a missing binary, which here would hang on
 * the network and then throw.
 */
function electronBinary(): { path: string | null; reason: string } {
  const packageDir = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  if (!relative && !process.env.ELECTRON_OVERRIDE_DIST_PATH) return { path: null, reason: `no Electron binary was installed (${pathFile} is missing; its download is blocked on this machine)` };
  const binary = path.join(distDir, relative ?? 'electron');
  return existsSync(binary) ? { path: binary, reason: '' } : { path: null, reason: `the Electron binary ${binary} does not exist` };
}

function skipReason(): string | null {
  const binary = electronBinary();
  if (!binary.path) return binary.reason;
  if (!existsSync(path.join(ROOT, '.vite', 'build', 'main.js'))) return 'the app is not built (.vite/build/main.js is missing; run `npx electron-forge package`)';
  return null;
}

const reason = skipReason();
if (reason) console.warn(`Electron smoke test skipped: ${reason}.`);

describe('the desktop app', () => {
  it.skipIf(reason !== null)('opens one window on the set-up or sign-in screen, with no Node in the page', async () => {
    // Loaded only here: Playwright is heavy and not needed when the test is skipped.
    const { _electron } = await import('@playwright/test');
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-electron-'));
    const app = await _electron.launch({
      executablePath: electronBinary().path ?? undefined,
      args: [ROOT],
      env: { ...process.env, CLINICDESK_DATA_DIR: dataDir, CLINICDESK_KEYCHAIN_SERVICE: `ClinicDesk-smoke-${Date.now()}` },
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      await expect.poll(() => page.locator('body').innerText(), { timeout: 20_000 }).toMatch(/set up|sign in|log in|persediaan|log masuk/i);
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => Object.keys((globalThis as { clinicdesk?: object }).clinicdesk ?? {}))).toEqual(['requestPort']);
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
