import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the real hub (`node dist/hub/hub.js`, built by `npm run build`) driven
 * through Debian's Chromium. Each spec file starts a hub of its own, on a free port with a fresh
 * data folder and keychain entry (tests/e2e/spec-hub.ts), so any spec runs alone or in any order.
 */
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
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CLINICDESK_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    viewport: { width: 1366, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
