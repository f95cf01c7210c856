import { expect, test, type Page } from '@playwright/test';
import { OWNER, hubForThisSpec } from './spec-hub';

/**
 * Issue 9, "errors people can see and understand": a refusal marks its field, brings it into view
 * and says what to do, in words that name the field as the screen does, with its limit.
 */
const ARTIFACTS = 'tests/e2e/artifacts';

hubForThisSpec({ setUp: true });

async function signIn(page: Page, nav: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByTestId('login-username').fill(OWNER.username);
  await page.getByTestId('login-password').fill(OWNER.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId(`nav-${nav}`).click();
}

async function register(page: Page, fullName: string, identityNo: string): Promise<void> {
  await page.getByTestId('patient-register').click();
  await page.getByTestId('patient-full-name').fill(fullName);
  await page.getByTestId('patient-identity-no').fill(identityNo);
  await page.getByTestId('patient-phone-0').fill('+60 12-555 0199');
}

test('a duplicate IC is marked at the number, in view and focused, with a way to open the record on file', async ({ page }) => {
  await signIn(page, 'patients');
  await register(page, 'Lim Mei Ling', '850707-14-5566');
  await page.getByTestId('patient-save').click();
  const header = page.getByTestId('patient-header');
  await expect(header).toContainText('Lim Mei Ling');
  const mrn = /MRN-\d+/.exec((await header.textContent()) ?? '')?.[0] ?? '';
  expect(mrn).not.toBe('');
  await page.getByTestId('patient-back').click();

  await register(page, 'Lim Mei Ling again', '850707-14-5566');
  // Where the receptionist is after filling the form: at its bottom, far from the number.
  await page.getByTestId('patient-add-alert').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('patient-identity-no')).not.toBeInViewport();
  await page.getByTestId('patient-save').click();

  const identityNo = page.getByTestId('patient-identity-no');
  await expect(identityNo).toHaveAttribute('aria-invalid', 'true');
  await expect(identityNo).toBeInViewport();
  await expect(identityNo).toBeFocused();
  const open = page.getByTestId('patient-open-existing');
  await expect(open).toBeInViewport();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText(`Already registered as ${mrn} — open that record.`);
  await page.screenshot({ path: `${ARTIFACTS}/form-errors-01-duplicate-ic.png` });
  await open.click();
  await expect(header).toContainText('Lim Mei Ling');
  await expect(header).toContainText(mrn);
});

test('a pasted 5,000-character name stops at the most the hub takes, and says so', async ({ page }) => {
  await signIn(page, 'patients');
  await page.getByTestId('patient-register').click();
  const fullName = page.getByTestId('patient-full-name');
  await fullName.fill('A'.repeat(5000));
  await expect(fullName).toHaveValue('A'.repeat(120));
  await expect(page.getByText('120 of 120 characters: the most this field takes')).toBeVisible();
});

test('the users form names a refused field by its label and marks it', async ({ page }) => {
  await signIn(page, 'users');
  await page.getByTestId('users-create').click();
  await page.getByTestId('user-username').fill('x');
  await page.getByTestId('user-display-name').fill('Farah');
  await page.getByTestId('user-password').fill('Sejahtera2026');
  await page.getByTestId('user-roles-button').click();
  await page.getByTestId('user-role-receptionist').click();
  await page.keyboard.press('Escape');
  await page.getByTestId('user-save').click();

  const username = page.getByTestId('user-username');
  await expect(username).toHaveAttribute('aria-invalid', 'true');
  await expect(username).toBeFocused();
  const alert = page.getByRole('dialog').getByRole('alert');
  await expect(alert).toContainText('Some fields need attention: Username (check how it is written).');
  await expect(alert).not.toContainText('username');
  await page.screenshot({ path: `${ARTIFACTS}/form-errors-02-users.png` });
});

test('nationality is chosen by the country name in the screen language and kept as its ISO code', async ({ page }) => {
  await signIn(page, 'patients');
  await page.getByTestId('patient-register').click();
  await page.getByTestId('patient-full-name').fill('Mohammad Rahim');
  await page.getByTestId('patient-identity-type-button').click();
  await page.getByTestId('patient-identity-type-passport').click();
  await page.getByTestId('patient-identity-no').fill('EB0123456');
  const nationality = page.getByTestId('patient-nationality');
  await nationality.fill('Bangladesh');
  await page.getByTestId('patient-nationality-BGD').click();
  await expect(nationality).toHaveValue('Bangladesh');
  await page.getByTestId('patient-date-of-birth').fill('14031992');
  await page.getByTestId('patient-save').click();
  await expect(page.getByTestId('patient-header')).toContainText('Mohammad Rahim');
  // The record keeps the code and shows the name again; in Malay, the Malay names are offered.
  await expect(nationality).toHaveValue('Bangladesh');
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'Bahasa Melayu' }).click();
  await expect(nationality).toHaveValue('Bangladesh');
  await nationality.fill('Jerman');
  await expect(page.getByTestId('patient-nationality-DEU')).toHaveText('Jerman');
  await page.screenshot({ path: `${ARTIFACTS}/form-errors-03-nationality-ms.png` });
});
