import { expect, test, type Page } from '@playwright/test';
import { StoreLocation } from '../../src/main/hub/store-location';
import { OsKeychain } from '../../src/main/store/keychain';
import { openEncryptedFile } from '../../src/main/store/store-file';
import { OWNER, hubForThisSpec } from './spec-hub';

/**
 * An admin cannot miss a broken audit chain. The store of this file's own hub is edited behind
 * the hub's back with the key from the keychain, as an attacker on this PC would.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const hub = hubForThisSpec({ setUp: true });

async function editAnAuditEntry(): Promise<void> {
  const location = new StoreLocation(hub.dataDir);
  const keychain = new OsKeychain(hub.keychainService);
  const db = openEncryptedFile(location.file, (await keychain.get(location.keychainAccount)) ?? '');
  try {
    db.exec('DROP TRIGGER audit_log_no_update');
    db.exec(`UPDATE audit_log SET actor_name = 'someone else' WHERE seq = 3`);
  } finally {
    db.close();
  }
}

async function signIn(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login-username').fill(OWNER.username);
  await page.getByTestId('login-password').fill(OWNER.password);
  await page.getByTestId('login-submit').click();
}

test('an edited audit entry puts a red banner on every screen of the admin, saying what to do', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await signIn(page);
  await page.getByTestId('nav-audit').click();
  await expect(page.getByTestId('audit-chain-banner')).toHaveCount(0);

  await editAnAuditEntry();
  await page.getByTestId('audit-verify').click();
  const banner = page.getByTestId('audit-chain-banner');
  await expect(banner).toContainText('The audit log failed its check');
  await expect(banner).toContainText('At entry 3 (edited)');
  await expect(banner).toContainText('call your ClinicDesk support');
  await page.screenshot({ path: `${ARTIFACTS}/audit-01-banner.png`, fullPage: true });

  // Every screen, in the user's language.
  await page.getByTestId('nav-patients').click();
  await expect(banner).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'Bahasa Melayu' }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(banner).toContainText('Log audit gagal disemak');
  await page.screenshot({ path: `${ARTIFACTS}/audit-02-banner-ms.png`, fullPage: true });

  expect(pageErrors).toEqual([]);
});
