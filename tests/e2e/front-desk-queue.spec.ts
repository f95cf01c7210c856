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

/** A doctor with weekly hours in room K2 all day, every day, whatever the hour the test runs. */
const DOCTOR = { username: 'drlee', displayName: 'Dr Lee Mei Ling', password: 'Doktor2026x' };

/** The API as someone: signs in on one connection, then opens another that carries the token. */
async function signedInApi(user: { username: string; password: string } = OWNER): Promise<{ api: Api; close: () => Promise<void> }> {
  const url = `${hub.url.replace(/^http/, 'ws')}/api`;
  const opener = createWSClient({ url, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
  const { token } = await createTRPCClient<AppRouter>({ links: [wsLink({ client: opener })] }).auth.login.mutate({ username: user.username, password: user.password });
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
  const { api, close } = await signedInApi();
  try {
    // Codes in order put the pharmacy first, as in the clinic that reported "Pharmacy for everyone".
    for (const [code, name, kind, ticketPrefix] of [
      ['F', 'Farmasi', 'pharmacy', 'F'],
      ['K1', 'Bilik 1 — Dr Aminah', 'consultation', 'A'],
      ['K2', 'Bilik 2 — Dr Lee Mei Ling', 'consultation', 'B'],
    ] as const) {
      rooms[code] = (await api.rooms.save.mutate({ code, name, kind, ticketPrefix, active: true })).id;
    }
    for (const [index, name] of LONG_NAMES.entries()) {
      const priority = index === 1 ? 'elderly' : index === 2 ? 'urgent' : 'normal';
      await api.queue.checkIn.mutate({ patientId: await registerPatient(api, name), roomId: rooms.K1, chiefComplaint: 'Demam dan batuk berkahak selama tiga hari, sakit tekak', priority });
    }
    await registerPatient(api, 'Wong Kar Mun');
    const doctor = await api.users.create.mutate({ ...DOCTOR, password: `${DOCTOR.password}-temp`, roles: ['doctor'] });
    const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00', roomId: rooms.K2 }));
    await api.appointments.schedules.save.mutate({ doctorId: doctor.id, slotMinutes: 15, sessions: allDay, breaks: [] });
  } finally {
    await close();
  }
  const first = await signedInApi({ username: DOCTOR.username, password: `${DOCTOR.password}-temp` });
  await first.api.auth.changePassword.mutate({ currentPassword: `${DOCTOR.password}-temp`, newPassword: DOCTOR.password });
  await first.close();
});

async function signIn(page: Page, user: { username: string; password: string } = OWNER): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login-username').fill(user.username);
  await page.getByTestId('login-password').fill(user.password);
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
      await openRoom(page, 'K1');
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

test('the queue opens on the doctor’s own room, else the first consultation room, then the last chosen; a check-in shows its ticket where it went', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page);
  await page.getByTestId('nav-queue').click();
  // The owner has no room of her own: the first consultation room, not the pharmacy listed first.
  await expect(page.getByTestId('queue-room')).toContainText('K1 ·');

  // A walk-in sent to the pharmacy from room K1's screen: the screen follows the ticket there.
  await page.getByTestId('queue-checkin').click();
  await page.getByTestId('checkin-patient-search').locator('input').fill('Wong Kar Mun');
  await page.getByTestId('checkin-patient-search').locator('[data-testid^="patient-result-"]').first().click();
  await page.getByTestId('checkin-room').click();
  await page.getByTestId('checkin-room-F').click();
  await page.getByTestId('checkin-save').click();
  await expect(page.getByTestId('queue-room')).toContainText('F ·');
  await expect(page.getByTestId('queue-ticket-F001')).toBeVisible();

  // The last room chosen is remembered for this user.
  await page.reload();
  await expect(page.getByTestId('queue-room')).toContainText('F ·');

  // Dr Lee opens on her own room from her weekly hours.
  const doctorContext = await browser.newContext({ baseURL: hub.url });
  const doctorPage = await doctorContext.newPage();
  await signIn(doctorPage, DOCTOR);
  await doctorPage.getByTestId('nav-queue').click();
  await expect(doctorPage.getByTestId('queue-room')).toContainText('K2 ·');
  await doctorContext.close();
});
