import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createTRPCClient, createWSClient, wsLink, type TRPCClient } from '@trpc/client';
import WebSocket from 'ws';
import type { AppRouter } from '../../src/main/api/router';
import { parseCsv } from '../../src/shared/csv';
import { OWNER, hubForThisSpec } from './spec-hub';

/**
 * The audit log as an admin reads it: who did what to whom in words (the patient's name and MRN),
 * narrowed to one patient or one member of staff, and exported as a CSV a spreadsheet opens.
 * Farah at the front desk registers two patients and the owner one, through the API; the owner
 * reads the log in the browser.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const FARAH = { username: 'farah', displayName: 'Farah binti Ismail', password: 'Kaunter2026x' };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const hub = hubForThisSpec({ setUp: true });

type Api = TRPCClient<AppRouter>;

/** A signed-in API connection (the session belongs to the WebSocket), closed by `close`. */
async function signedIn(username: string, password: string): Promise<{ api: Api; close: () => Promise<void> }> {
  const wsClient = createWSClient({ url: `${hub.url.replace(/^http/, 'ws')}/api`, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
  const api = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] });
  await api.auth.login.mutate({ username, password });
  return { api, close: () => wsClient.close() };
}

function walkIn(fullName: string, identityNo: string) {
  return { fullName, identityType: 'mykad' as const, identityNo, phones: [], address: '', postcode: '', allergies: [] };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/audit-screen-${name}.png`, fullPage: true });
}

test.beforeAll(async () => {
  const owner = await signedIn(OWNER.username, OWNER.password);
  try {
    await owner.api.users.create.mutate({ username: FARAH.username, displayName: FARAH.displayName, password: 'Sementara2026', roles: ['receptionist'] });
    await owner.api.patients.register.mutate(walkIn('Ravi Kumar a/l Muthu', '680707-08-6113'));
  } finally {
    await owner.close();
  }
  const farah = await signedIn(FARAH.username, 'Sementara2026');
  try {
    await farah.api.auth.changePassword.mutate({ currentPassword: 'Sementara2026', newPassword: FARAH.password });
    await farah.api.patients.register.mutate(walkIn('Tan Ah Kow', '740115-10-5703'));
    await farah.api.patients.register.mutate(walkIn('Lim Mei Ling', '850615-14-5230'));
  } finally {
    await farah.close();
  }
});

async function openAuditLog(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login-username').fill(OWNER.username);
  await page.getByTestId('login-password').fill(OWNER.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-audit').click();
}

const rows = (page: Page) => page.locator('[data-testid^="audit-row-"]');

test('the log says who did what to whom in words, and narrows to one patient or one person', async ({ page }) => {
  await openAuditLog(page);
  await expect(rows(page).filter({ hasText: /Farah binti Ismail registered Tan Ah Kow \(MRN-\d+\)/ })).toHaveCount(1);
  await expect(rows(page).filter({ hasText: 'Dr Aminah created the account of Farah binti Ismail' })).toHaveCount(1);
  expect(await rows(page).allInnerTexts()).not.toContainEqual(expect.stringMatching(UUID));
  await shot(page, '01-in-words');

  await page.getByTestId('audit-choose-patient').click();
  await page.getByTestId('patient-search').fill('Tan Ah');
  await page.locator('[data-testid^="patient-result-"]').filter({ hasText: 'Tan Ah Kow' }).click();
  await expect(page.getByTestId('audit-filter-patient')).toContainText(/Tan Ah Kow \(MRN-\d+\)/);
  // Her registration, and the owner's search that showed her just now.
  await expect(rows(page).filter({ hasText: /registered Tan Ah Kow/ })).toHaveCount(1);
  await expect(rows(page).filter({ hasText: /Lim Mei Ling|Ravi Kumar/ })).toHaveCount(0);
  await shot(page, '02-one-patient');

  await page.getByTestId('audit-filter-patient').locator('.MuiChip-deleteIcon').click();
  await page.getByTestId('audit-filter-who').locator('..').click();
  await page.getByTestId(`audit-who-${FARAH.displayName}`).click();
  await expect(rows(page).filter({ hasText: /registered Lim Mei Ling/ })).toHaveCount(1);
  await expect(rows(page).filter({ hasText: /Ravi Kumar/ })).toHaveCount(0);
  // The first cell opens the entry's detail; then #, time, who.
  for (const who of await rows(page).locator('td:nth-child(4)').allInnerTexts()) expect(who).toBe(FARAH.displayName);
  await shot(page, '03-one-person');
});

test("exports what the filters show as a CSV in words that a spreadsheet opens, and reads back", async ({ page }) => {
  await openAuditLog(page);
  await page.getByTestId('audit-filter-who').locator('..').click();
  await page.getByTestId(`audit-who-${FARAH.displayName}`).click();
  await expect(rows(page).filter({ hasText: /registered Lim Mei Ling/ })).toHaveCount(1);
  const shown = await rows(page).count();

  const downloaded = page.waitForEvent('download');
  await page.getByTestId('audit-export').click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByTestId('audit-exported')).toContainText(`${shown} entries exported`);
  const text = await readFile(await download.path(), 'utf8');

  expect(text.startsWith('\uFEFF"Time","Who","What happened","Patient","MRN"\r\n')).toBe(true);
  expect(text).not.toMatch(UUID);
  const [header, ...records] = parseCsv(text);
  expect(header).toEqual(['Time', 'Who', 'What happened', 'Patient', 'MRN']);
  expect(records).toHaveLength(shown);
  expect(new Set(records.map((record) => record[1]))).toEqual(new Set([FARAH.displayName]));
  const tan = records.find((record) => record[3] === 'Tan Ah Kow');
  expect(tan?.[2]).toMatch(/^Farah binti Ismail registered Tan Ah Kow \(MRN-\d+\)$/);
  expect(tan?.[4]).toMatch(/^MRN-\d+$/);
  // Day month year on the clinic's clock, 24-hour.
  expect(tan?.[0]).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
});
