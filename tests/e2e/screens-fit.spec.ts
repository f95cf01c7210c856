import { expect, test, type Page } from '@playwright/test';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import WebSocket from 'ws';
import type { AppRouter } from '../../src/main/api/router';
import { DEFAULT_AI_SETTINGS } from '../../src/shared/schemas/ai';
import { OWNER, hubForThisSpec, ownerIsTheDoctor } from './spec-hub';

/**
 * Every screen at the sizes a front desk has (a 1280×720 PC, a 1366×768 laptop), in English and
 * Malay, with a morning's worth of long names in the lists: nothing may need a horizontal scroll,
 * neither the page nor a box inside it. On a set-up clinic of this file's own, filled through the API,
 * with AI on (a server nobody answers at: only the screens' AI parts are shown, nothing is asked) and
 * the first patient in the doctor's room, so the consultation shows its scribe and lab report too.
 */
const hub = hubForThisSpec({ setUp: true });

const ROOM = { code: 'K1', name: 'Bilik Konsultasi Dr Aminah binti Abdul Rahman', kind: 'consultation', ticketPrefix: 'A' } as const;

/** Long names as clinics write them, with MyKad numbers whose birth dates and states are real. */
const PATIENTS = [
  ['Nur Aisyah Sofea binti Mohd Hafizuddin Al-Haj', '900505-10-5122'],
  ['Muhammad Aiman Danial bin Abdul Rahman Shah', '851212-14-5677'],
  ['Tan Siew Ling @ Chen Xiu Ling', '750505-10-5123'],
  ['Rajeswari a/p Subramaniam Krishnamoorthy', '680101-08-6544'],
  ['Siti Nurhaliza binti Tarudin Ahmad Zaki', '790111-06-5020'],
  ['Lim Wei Jie Christopher Alexander', '010203-01-0457'],
] as const;

const PAGES = ['/', '/patients', '/queue', '/appointments', '/schedules', '/users', '/roles', '/clinic', '/audit', '/backups', '/medicines', '/dispensary', '/purchasing', '/stock-take', '/registers', '/stock', '/fees', '/billing', '/till', '/doctor-fees', '/einvoices', '/claims', '/ledger', '/ai', '/ai-log'];
let consultation = '';

test.beforeAll(async () => {
  const wsClient = createWSClient({ url: `${hub.url.replace(/^http/, 'ws')}/api`, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
  try {
    const api = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] });
    await api.auth.login.mutate({ username: OWNER.username, password: OWNER.password });
    // The owner also sees patients, so the doctors' fee rules have a row to lay out.
    await ownerIsTheDoctor(api);
    const room = await api.rooms.save.mutate({ ...ROOM, active: true });
    // The doctor's patient, called in before the morning's queue checks in.
    await api.settings.ai.save.mutate({ ...DEFAULT_AI_SETTINGS, enabled: true, baseUrl: 'http://127.0.0.1:9/v1', defaultModel: 'llama3.2:3b' });
    const inTheRoom = await api.patients.register.mutate({ fullName: 'Mohd Faizal Hakimi bin Abdullah Sani', identityType: 'mykad', identityNo: '880808-08-5151', phones: [], confirmPossibleDuplicate: true });
    const { visitId } = await api.queue.checkIn.mutate({ patientId: inTheRoom.id, roomId: room.id, chiefComplaint: 'Sakit kepala dan loya sejak pagi', priority: 'normal' });
    await api.queue.callNext.mutate({ roomId: room.id });
    consultation = `/consultation?visit=${visitId}`;
    for (const [fullName, identityNo] of PATIENTS) {
      const patient = await api.patients.register.mutate({ fullName, identityType: 'mykad', identityNo, phones: ['012-345 6789'], confirmPossibleDuplicate: true });
      await api.queue.checkIn.mutate({ patientId: patient.id, roomId: room.id, chiefComplaint: 'Demam, batuk dan selsema selama tiga hari, sakit tekak', priority: 'normal' });
    }
  } finally {
    await wsClient.close();
  }
});

/** What scrolls sideways on this page: the page itself, or any box inside it that scrolls or overflows the window; and any table its box cuts off. */
function sidewaysScrolls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const found: string[] = [];
    if (root.scrollWidth > root.clientWidth) found.push(`the page: ${root.scrollWidth} px wide in ${root.clientWidth}`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const overflowX = getComputedStyle(element).overflowX;
      const scrolls = (overflowX === 'auto' || overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1;
      if (scrolls) found.push(`${element.tagName.toLowerCase()}${element.dataset.testid ? `[${element.dataset.testid}]` : ''}: ${element.scrollWidth} px in ${element.clientWidth}`);
    }
    // A table wider than a box that hides its overflow (a card) does not scroll: its last columns are cut off.
    for (const table of document.querySelectorAll<HTMLElement>('table')) {
      let box = table.parentElement;
      while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
      const cut = box ? table.getBoundingClientRect().right - box.getBoundingClientRect().right : 0;
      if (cut > 1) found.push(`a table cut off by ${Math.round(cut)} px on the right`);
    }
    return found;
  });
}

for (const [width, height] of [[1280, 720], [1366, 768]] as const) {
  for (const language of ['en', 'ms'] as const) {
    test(`every screen fits ${width}×${height} in ${language === 'en' ? 'English' : 'Malay'}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height });
      await page.goto('/');
      await page.evaluate((chosen) => localStorage.setItem('clinicdesk.language', chosen), language);
      await page.reload();
      await page.getByTestId('login-username').fill(OWNER.username);
      await page.getByTestId('login-password').fill(OWNER.password);
      await page.getByTestId('login-submit').click();
      await expect(page.getByTestId('nav-queue')).toBeVisible();

      const problems: string[] = [];
      for (const path of [...PAGES, consultation]) {
        await page.goto(`/#${path}`);
        await expect(page.locator('h1').first()).toBeVisible();
        if (path === '/patients') {
          await page.getByTestId('patient-search').fill('bin');
          await expect(page.locator('[data-testid^="patient-result-"]').first()).toBeVisible();
        }
        if (path === '/queue') {
          await page.getByTestId('queue-room').click();
          await page.getByTestId(`queue-room-${ROOM.code}`).click();
          await expect(page.locator('[data-testid^="queue-ticket-"]')).toHaveCount(PATIENTS.length);
        }
        if (path === consultation) {
          await expect(page.getByTestId('scribe-consent-granted')).toBeVisible();
          await page.screenshot({ path: `tests/e2e/artifacts/fit-consultation-${width}-${language}.png`, fullPage: true });
          await page.getByTestId('lab-report-open').click();
          await expect(page.getByTestId('lab-report-text')).toBeVisible();
          problems.push(...(await sidewaysScrolls(page)).map((problem) => `${path} (lab report) ${problem}`));
          await page.screenshot({ path: `tests/e2e/artifacts/fit-lab-report-${width}-${language}.png` });
          await page.keyboard.press('Escape');
        }
        if (path === '/ai') await page.screenshot({ path: `tests/e2e/artifacts/fit-ai-${width}-${language}.png`, fullPage: true });
        problems.push(...(await sidewaysScrolls(page)).map((problem) => `${path} ${problem}`));
      }
      expect(problems).toEqual([]);
    });
  }
}
