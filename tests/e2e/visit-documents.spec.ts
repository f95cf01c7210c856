import { expect, test, type Page } from '@playwright/test';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { readFile } from 'node:fs/promises';
import WebSocket from 'ws';
import type { AppRouter } from '../../src/main/api/router';
import { readPdf } from '../support/pdf-pages';
import { OWNER, hubForThisSpec, signInAsOwner } from './spec-hub';

/**
 * The MC from issue to an employer's call: the owner (a doctor) records her MMC number, issues a
 * 2-day MC for a checked-in patient from the visit's documents, the PDF downloads and reads back
 * with its serial and dates; the desk's check with its code says valid with the leave; cancelled
 * with a reason, the same check says cancelled. The patient and check-in are made through the API.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const hub = hubForThisSpec({ setUp: true });
const PATIENT = 'Nurul Huda binti Ismail';

/** A clinic date as printed on the MC: 03/12/2026. */
function printedDate(offsetDays: number): string {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kuala_Lumpur', day: '2-digit', month: '2-digit', year: 'numeric' }).format(day);
}

test.beforeAll(async () => {
  const wsClient = createWSClient({ url: `${hub.url.replace(/^http/, 'ws')}/api`, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
  try {
    const api = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] });
    await api.auth.login.mutate({ username: OWNER.username, password: OWNER.password });
    const roomId = (await api.rooms.save.mutate({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true })).id;
    const patient = await api.patients.register.mutate({ fullName: PATIENT, identityType: 'mykad', identityNo: '900214-14-5678', phones: [], address: '', postcode: '', allergies: [] });
    await api.queue.checkIn.mutate({ patientId: patient.id, roomId, chiefComplaint: 'Demam', priority: 'normal' });
  } finally {
    await wsClient.close();
  }
});

async function openTodaysVisitDocuments(page: Page): Promise<void> {
  await page.getByTestId('nav-patients').click();
  await page.getByTestId('patient-search').fill('Nurul Huda');
  await page.locator('[data-testid^="patient-result-"]').first().click();
  await page.getByTestId('patient-visit-documents').first().click();
  await expect(page.getByTestId('visit-documents-dialog')).toBeVisible();
}

async function verifyAtTheDesk(page: Page, serial: string, code: string): Promise<string> {
  await page.getByTestId('nav-home').click();
  await page.getByTestId('verify-document-open').click();
  await page.getByTestId('verify-serial').fill(serial);
  await page.getByTestId('verify-code').fill(code);
  await page.getByTestId('verify-check').click();
  const answer = (await page.getByTestId('verify-answer').textContent()) ?? '';
  await page.screenshot({ path: `${ARTIFACTS}/visit-documents-verify-${answer.startsWith('Valid') ? 'valid' : 'cancelled'}.png` });
  await page.keyboard.press('Escape');
  return answer;
}

test('an MC issued, read back, checked valid, cancelled with a reason, and checked cancelled', async ({ page }) => {
  // No new window in this browser: the PDF comes as a download, which the test can read.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await signInAsOwner(page);

  await page.getByTestId('nav-users').click();
  await page.getByRole('button', { name: 'Edit' }).first().click();
  await page.getByTestId('user-mmc-no').fill('54321');
  await page.getByTestId('user-qualifications').fill('MBBS (UM)');
  await page.getByTestId('user-save').click();
  await expect(page.getByTestId('user-save')).toBeHidden();

  await openTodaysVisitDocuments(page);
  await page.getByTestId('issue-mc').click();
  await page.getByTestId('mc-days').fill('2');
  await expect(page.getByTestId('mc-to')).not.toHaveValue('');
  await page.screenshot({ path: `${ARTIFACTS}/visit-documents-mc-dialog.png` });
  const downloaded = page.waitForEvent('download');
  await page.getByTestId('mc-dialog-issue').click();
  const download = await downloaded;
  const fileName = download.suggestedFilename();
  expect(fileName).toMatch(/^MC-\d{4}-00001\.pdf$/);
  const serial = fileName.replace(/\.pdf$/, '');
  const text = (await readPdf(await readFile(await download.path()))).pages.join('\n');
  for (const words of [serial, PATIENT, '900214-14-5678', `${printedDate(0)} – ${printedDate(1)}`, '2 hari / days', 'MBBS (UM) · MMC 54321']) expect(text).toContain(words);
  const code = /\b([0-9A-Z]{4}-[0-9A-Z]{4})\b/.exec(text)?.[1] ?? '';
  expect(code).not.toBe('');
  await expect(page.getByTestId(`visit-document-${serial}`)).toContainText('Valid');
  await page.keyboard.press('Escape');

  const valid = await verifyAtTheDesk(page, serial, code);
  expect(valid).toContain(`Valid: ${serial} (MC)`);
  expect(valid).toContain('Sick leave of 2 days');
  expect(valid).not.toContain('Nurul');

  await openTodaysVisitDocuments(page);
  await page.getByTestId(`cancel-${serial}`).click();
  await page.getByTestId('cancel-document-reason').fill('Wrong dates: reissued');
  await page.getByTestId('cancel-document-confirm').click();
  await expect(page.getByTestId(`visit-document-${serial}`)).toContainText('Cancelled');
  await expect(page.getByTestId(`reprint-${serial}`)).toHaveCount(0);
  await page.screenshot({ path: `${ARTIFACTS}/visit-documents-list-cancelled.png` });
  await page.keyboard.press('Escape');

  expect(await verifyAtTheDesk(page, serial, code)).toContain(`CANCELLED on`);
});
