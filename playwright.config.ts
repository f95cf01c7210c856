import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the real hub (`node dist/hub/hub.js`, built by `npm run build`) with a
 * fresh data folder and its own keychain entry, driven through Debian's Chromium.
 */
const port = Number(process.env.CLINICDESK_E2E_PORT ?? 4791);
const dataDir = path.join(os.tmpdir(), `clinicdesk-e2e-${port}`);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/e2e/artifacts/playwright-output',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CLINICDESK_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    viewport: { width: 1366, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node tests/e2e/start-hub.mjs`,
    url: `http://127.0.0.1:${port}/`,
    env: {
      CLINICDESK_PORT: String(port),
      CLINICDESK_DATA_DIR: dataDir,
      CLINICDESK_KEYCHAIN_SERVICE: `ClinicDesk-e2e-${port}`,
    },
    reuseExistingServer: false,
    stdout: 'pipe',
    timeout: 60_000,
  },
});
