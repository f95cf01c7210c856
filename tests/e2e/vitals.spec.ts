import { expect, test } from '@playwright/test';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import WebSocket from 'ws';
import type { AppRouter } from '../../src/main/api/router';
import { OWNER, hubForThisSpec, signInAsOwner } from './spec-hub';

/**
 * The nurse records vitals before the doctor calls: from a waiting ticket's row on the queue, by
 * keyboard, the boxes in the order the readings are taken. A fever is flagged as typed, a typo'd
 * BP is explained at its box and cannot be saved, and what was saved comes back with its flags.
 * The room and the waiting patient are made through the API; what is tested is typed and clicked.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const hub = hubForThisSpec({ setUp: true });

test.beforeAll(async () => {
  const url = `${hub.url.replace(/^http/, 'ws')}/api`;
  const opener = createWSClient({ url, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
  const { token } = await createTRPCClient<AppRouter>({ links: [wsLink({ client: opener })] }).auth.login.mutate({ username: OWNER.username, password: OWNER.password });
  await opener.close();
  const client = createWSClient({ url, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket, connectionParams: () => ({ token }) });
  try {
    const api = createTRPCClient<AppRouter>({ links: [wsLink({ client })] });
    const roomId = (await api.rooms.save.mutate({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true })).id;
    // Born 1 January 1980 (from the MyKad number): judged by the adult ranges.
    const patientId = (await api.patients.register.mutate({ fullName: 'Tan Ah Kow', identityType: 'mykad', identityNo: '800101-10-5111', phones: [], address: '', postcode: '', allergies: [] })).id;
    await api.queue.checkIn.mutate({ patientId, roomId, chiefComplaint: 'fever and cough', priority: 'normal' });
    // Born 1 June 2026 (MyKid number): an infant, judged by the infant ranges, head circumference asked.
    const babyId = (await api.patients.register.mutate({ fullName: 'Nur Aisyah binti Ahmad', identityType: 'mykad', identityNo: '260601-10-5122', phones: [], address: '', postcode: '', allergies: [] })).id;
    await api.queue.checkIn.mutate({ patientId: babyId, roomId, chiefComplaint: 'demam', priority: 'normal' });
  } finally {
    await client.close();
  }
});

test('a nurse records a waiting patient’s vitals: a fever flagged as typed, a BP of 900 refused at its box', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('clinicdesk.language', 'en'));
  await signInAsOwner(page);
  await page.getByTestId('nav-queue').click();
  await page.getByTestId('queue-ticket-A001').getByTestId('queue-vitals-A001').click();
  const form = page.getByTestId('vitals-form');
  await expect(form).toBeVisible();
  await expect(page.getByTestId('vitals-band')).toContainText('adult');

  // Keyboard only: the form opens on the systolic box and Tab takes the next reading.
  await expect(page.getByTestId('vitals-systolic')).toBeFocused();
  await page.keyboard.type('900');
  for (const value of ['95', '88', '38.4', '18', '97', '72', '170']) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(value);
  }
  await expect(page.getByTestId('vitals-systolic-note')).toHaveText('Cannot be right: between 40 and 300 mmHg');
  await expect(page.getByTestId('vitals-systolic')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('vitals-save')).toBeDisabled();
  await expect(page.getByTestId('vitals-temperature-note')).toHaveText('High · normal 36–37.9 °C');
  await expect(page.getByTestId('vitals-bmi')).toContainText('BMI 24.9 kg/m² · overweight');
  await page.screenshot({ path: `${ARTIFACTS}/vitals-typed.png`, fullPage: true });

  // The typo put right: 150/95 is flagged high, and Enter saves.
  await page.getByTestId('vitals-systolic').fill('150');
  await expect(page.getByTestId('vitals-systolic-note')).toHaveText('High · normal 100–139 mmHg');
  await page.getByTestId('vitals-systolic').press('Enter');

  const saved = page.getByTestId('vitals-recording');
  await expect(saved).toBeVisible();
  await expect(saved.getByTestId('vitals-value-systolic')).toContainText('150/95 mmHg');
  await expect(saved.getByTestId('vitals-value-temperature')).toContainText('38.4 °C');
  await expect(saved.getByTestId('vitals-flag-temperature')).toContainText('Temperature: High · normal 36–37.9 °C');
  await expect(saved.getByTestId('vitals-flag-systolic')).toBeVisible();
  await expect(saved).toContainText('by Dr Aminah');
  // The patient's trend, drawn by the chart library: this first recording is its only point.
  await expect(page.getByTestId('vitals-trend-bp').locator('svg').first()).toBeVisible();
  await expect(page.getByTestId('vitals-trend-bp')).toContainText('BP systolic');
  await expect(page.getByTestId('vitals-trend-temperature')).toContainText('Temperature');
  await expect(page.getByTestId('vitals-trend-glucose')).toHaveCount(0);
  await page.screenshot({ path: `${ARTIFACTS}/vitals-saved.png`, fullPage: true });
  await page.getByTestId('vitals-close').click();
  await expect(page.getByTestId('vitals-dialog')).toBeHidden();
});

test('in Malay, an infant’s vitals are judged by the infant ranges and the form asks for head circumference', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('clinicdesk.language', 'ms'));
  await signInAsOwner(page);
  await page.getByTestId('nav-queue').click();
  await page.getByTestId('queue-vitals-A002').click();
  await expect(page.getByTestId('vitals-band')).toHaveText('Julat untuk: bayi');
  await expect(page.getByTestId('vitals-headCircumference')).toBeVisible();
  // 130 beats a minute is normal for an infant (high for an adult); 38.5 °C is a fever at any age.
  await page.getByTestId('vitals-pulse').fill('130');
  await page.getByTestId('vitals-temperature').fill('38.5');
  await expect(page.getByTestId('vitals-pulse-note')).toHaveText(' ');
  await expect(page.getByTestId('vitals-temperature-note')).toHaveText('Tinggi · normal 36–37.9 °C');
  await page.getByTestId('vitals-temperature').fill('60');
  await expect(page.getByTestId('vitals-temperature-note')).toHaveText('Tidak mungkin betul: antara 25 dan 45 °C');
  await page.screenshot({ path: `${ARTIFACTS}/vitals-infant-ms.png`, fullPage: true });
});
