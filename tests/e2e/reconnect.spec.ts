import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { StoreLocation } from '../../src/main/hub/store-location';
import { OsKeychain } from '../../src/main/store/keychain';
import { hubForThisSpec, signInAsOwner } from './spec-hub';

/**
 * Screens that come back by themselves: this file's hub is stopped and started again on the same
 * port and data folder, as a power cut or an update does, while a TV and staff tabs stay open.
 * Nobody clicks on the TV, ever.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const hub = hubForThisSpec({ setUp: true });

/** The owner signs in and opens the TV with the pairing code Clinic settings shows her. */
async function openTv(page: Page, context: BrowserContext, setUpTv?: (tv: Page) => Promise<void>): Promise<Page> {
  await signInAsOwner(page);
  await page.getByTestId('nav-clinic').click();
  const code = await page.getByTestId('display-pairing-code').inputValue();
  const tv = await context.newPage();
  await setUpTv?.(tv);
  await tv.goto(`/#/display?code=${code}`);
  await expect(tv.getByTestId('display-clock')).toBeVisible();
  return tv;
}

async function saveNotice(page: Page, notice: string): Promise<void> {
  await page.getByTestId('nav-clinic').click();
  await page.getByTestId('display-notice').fill(notice);
  const form = page.locator('form', { has: page.getByTestId('display-notice') });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Saved.')).toBeVisible();
}

test('after a hub restart the TV and a staff tab reconnect by themselves, saying so while they try', async ({ page, context }) => {
  test.setTimeout(120_000);
  const tv = await openTv(page, context);

  await hub.stop();
  // Both say what happened and when they try next, in words, with nobody at them.
  await expect(tv.getByTestId('display-reconnecting')).toContainText(/Reconnecting… \(next try in \d+ s\)/);
  await expect(page.getByTestId('connection-lost')).toContainText(/The connection to the ClinicDesk hub was lost\. Reconnecting…/);
  await tv.screenshot({ path: `${ARTIFACTS}/reconnect-tv-while-down.png` });

  await hub.start();
  await expect(tv.getByTestId('display-reconnecting')).toHaveCount(0, { timeout: 40_000 });
  await expect(tv.getByTestId('display-clock')).toBeVisible();
  await expect(page.getByTestId('connection-lost')).toHaveCount(0, { timeout: 40_000 });
  // A restart ends every sign-in: the tab shows the sign-in screen by itself instead of a dead screen.
  await expect(page.getByTestId('login-username')).toBeVisible();

  // The TV is live again, still paired: what staff change now reaches it.
  await signInAsOwner(page);
  await saveNotice(page, 'Selepas mula semula · After the restart');
  await expect(tv.getByText('Selepas mula semula · After the restart')).toBeVisible();
});

test('a hub restarted without its key: the TV and an idle staff tab come back once someone else types the recovery code', async ({ page, context }) => {
  test.setTimeout(120_000);
  const tv = await openTv(page, context);
  const otherTab = await context.newPage();
  await otherTab.goto('/');
  await expect(otherTab.getByTestId('login-username')).toBeVisible();

  // The keychain loses the store's key while the hub is off (a reinstalled PC, another user).
  await hub.stop();
  const location = new StoreLocation(hub.dataDir);
  await new OsKeychain(hub.keychainService).delete(location.keychainAccount);
  await hub.start();

  // Both staff tabs reach the recovery step by themselves; the TV says it waits for the clinic.
  await expect(page.getByTestId('recovery-code-input')).toBeVisible({ timeout: 40_000 });
  await expect(otherTab.getByTestId('recovery-code-input')).toBeVisible({ timeout: 40_000 });
  await expect(tv.getByTestId('display-error')).toHaveText('The clinic data is not open yet.', { timeout: 40_000 });
  await expect(tv.getByTestId('display-reconnecting')).toContainText('Reconnecting…');

  await page.getByTestId('recovery-code-input').fill(hub.recoveryCode);
  await page.getByTestId('recovery-submit').click();
  await expect(page.getByTestId('login-username')).toBeVisible();
  // The other tab was not touched: it moves on by itself, and so does the TV.
  await expect(otherTab.getByTestId('recovery-code-input')).toHaveCount(0);
  await expect(otherTab.getByTestId('login-username')).toBeVisible();
  await expect(tv.getByTestId('display-clock')).toBeVisible({ timeout: 40_000 });
  await expect(tv.getByTestId('display-reconnecting')).toHaveCount(0);
});

/** Seconds between the TV's `HH:MM:SS` and the clinic's wall clock (Kuala Lumpur) now, either way round midnight. */
function secondsFromClinicTime(shown: string): number {
  const [h, m, sec] = shown.split(':').map(Number);
  const clinic = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kuala_Lumpur', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date());
  const [ch, cm, cs] = clinic.split(':').map(Number);
  const apart = Math.abs(h * 3600 + m * 60 + sec - (ch * 3600 + cm * 60 + cs));
  return Math.min(apart, 86_400 - apart);
}

test("a TV whose own clock is wrong shows the hub's time, in the clinic's zone, even when its clock jumps", async ({ page, context }) => {
  // Five hours and seventeen minutes ahead, in UTC: a TV stick that never set its clock.
  const wrong = new Date(Date.now() + (5 * 60 + 17) * 60_000);
  const tv = await openTv(page, context, (screen) => screen.clock.install({ time: wrong }));
  expect(await tv.evaluate(() => Date.now())).toBeGreaterThan(Date.now() + 5 * 3_600_000);
  const clock = tv.getByTestId('display-clock');
  await expect(clock).toHaveText(/^\d\d:\d\d:\d\d$/);
  // Within a minute of the clinic's time (the page and this test read it a moment apart); the TV's own is hours off.
  expect(secondsFromClinicTime(await clock.innerText())).toBeLessThan(60);

  // The stick's network time arrives while the board is up: the shown time does not jump with it.
  await tv.clock.setSystemTime(new Date(Date.now() - 3 * 3_600_000));
  await expect(clock).not.toHaveText(await clock.innerText());
  expect(secondsFromClinicTime(await clock.innerText())).toBeLessThan(60);
});
