import { expect, test, type Page } from '@playwright/test';
import { OWNER, hubForThisSpec } from './spec-hub';

/**
 * A walk-in reaches the waiting-room TV: define a room, pair the display, register a patient,
 * check them in, open the display as a second page, call next, and see (and hear) the call.
 * On a set-up clinic of this file's own.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const PAIRING_CODE = 'TV2026PJ';

hubForThisSpec({ setUp: true });

async function signIn(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login-username').fill(OWNER.username);
  await page.getByTestId('login-password').fill(OWNER.password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('nav-queue')).toBeVisible();
}

/** The Save button of the settings card holding this field. */
function saveOf(page: Page, testId: string) {
  return page.locator('form', { has: page.getByTestId(testId) }).getByRole('button', { name: 'Save' });
}

test('check in a walk-in → call next → the TV shows and announces the ticket', async ({ page, context }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await signIn(page);

  // Clinic set-up: a consultation room and the display's pairing code.
  await page.getByTestId('nav-clinic').click();
  await page.getByTestId('room-code').fill('1');
  await page.getByTestId('room-name').fill('Bilik 1 — Dr Aminah');
  await page.getByTestId('room-prefix').fill('A');
  await page.getByTestId('room-form-save').click();
  await expect(page.getByTestId('room-row-1')).toBeVisible();
  await page.getByTestId('display-pairing-code').fill(PAIRING_CODE);
  await page.getByTestId('display-notice').fill('Klinik ditutup 1–2 petang · Clinic closed 1–2 pm for lunch');
  await saveOf(page, 'display-pairing-code').click();
  await expect(page.locator('form', { has: page.getByTestId('display-pairing-code') }).getByText('Saved.')).toBeVisible();

  // Mr Tan, first visit.
  await page.getByTestId('nav-patients').click();
  await page.getByTestId('patient-register').click();
  await page.getByTestId('patient-full-name').fill('Tan Siew Ling');
  await page.getByTestId('patient-identity-no').fill('750505-10-5123');
  await page.getByTestId('patient-save').click();
  await expect(page.getByText('Tan Siew Ling').first()).toBeVisible();
  // Nobody asked about allergies yet: the record must not claim "no known allergies".
  await expect(page.getByTestId('patient-allergies-not-recorded')).toHaveText('Allergies not recorded — ask the patient');

  // Check in at the front desk. The page says how Call next chooses.
  await page.getByTestId('nav-queue').click();
  await expect(page.getByTestId('queue-call-order')).toContainText('Elderly patients are marked, not moved ahead');
  await page.getByTestId('queue-checkin').click();
  await page.getByTestId('checkin-patient-search').locator('input').fill('Siew Ling');
  await page.getByTestId('checkin-patient-search').locator('[data-testid^="patient-result-"]').first().click();
  await page.getByTestId('checkin-complaint').fill('Fever and cough, 3 days');
  await page.getByTestId('checkin-save').click();
  await expect(page.getByTestId('queue-ticket-A001')).toBeVisible();

  // The TV: a second page, no sign-in.
  const display = await context.newPage();
  display.on('pageerror', (error) => pageErrors.push(error.message));
  await display.goto(`/#/display?code=${PAIRING_CODE}`);
  await expect(display.getByTestId('display-clock')).toBeVisible();
  await expect(display.getByTestId('display-current-ticket')).toHaveText('—');

  // The doctor calls next.
  await page.getByTestId('queue-call-next').click();
  await expect(page.getByTestId('queue-current')).toContainText('A001');
  await expect(display.getByTestId('display-current-ticket')).toHaveText('A001', { timeout: 2_000 });
  await expect(display.getByTestId('display-current-room')).toContainText('1');
  await expect.poll(() => display.evaluate(() => window.__clinicdeskSpoken ?? [])).toEqual(expect.arrayContaining(['Number A001, room 1', 'Nombor A001, bilik 1']));

  // A tab in the background paints no frames to take a picture of: each comes to the front first.
  await page.bringToFront();
  await page.screenshot({ path: `${ARTIFACTS}/queue-page.png`, fullPage: true });
  await display.bringToFront();
  await display.screenshot({ path: `${ARTIFACTS}/display-page.png` });

  // A wrong pairing code shows nothing but the refusal.
  const stranger = await context.newPage();
  await stranger.goto('/#/display?code=WRONG123');
  await expect(stranger.getByText(/pairing code is not right/)).toBeVisible();
  // Back to the desk's tab: a tab in the background gets no animation frames, so nothing on it settles to be clicked.
  await page.bringToFront();

  // Her record lists the visit: ticket, complaint, and the room she has been called to.
  await page.getByTestId('nav-patients').click();
  await page.getByTestId('patient-search').fill('Siew Ling');
  await page.locator('[data-testid^="patient-result-"]').first().click();
  const visits = page.getByTestId('patient-visits');
  await expect(visits.getByTestId('patient-visit')).toHaveCount(1);
  await expect(visits).toContainText('A001');
  // Written day-first on the clinic's calendar (`5 Dec 2026, 02:02`), never ISO or US order.
  await expect(visits).toContainText(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/);
  await expect(visits).toContainText('Fever and cough, 3 days');
  await expect(visits).toContainText('Bilik 1 — Dr Aminah (called)');
  await page.screenshot({ path: `${ARTIFACTS}/patient-visits.png`, fullPage: true });
  expect(pageErrors).toEqual([]);
});
