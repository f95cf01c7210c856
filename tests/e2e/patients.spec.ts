import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * The front desk's patient registry in a browser. Runs after foundation.spec.ts against the
 * same hub (playwright.config.ts: one worker, files in name order): the clinic is set up there
 * and its owner, aminah / Sejahtera2026, is an admin — who may also import patients from CSV.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const OWNER = { username: 'aminah', password: 'Sejahtera2026' };
/** MUI's error red (#d32f2f): allergies must show in it. */
const ERROR_RED = 'rgb(211, 47, 47)';

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/patients-${name}.png`, fullPage: true });
}

async function signIn(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login-username').fill(OWNER.username);
  await page.getByTestId('login-password').fill(OWNER.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-patients').click();
}

test('register a MyKad patient with an allergy, find her by IC digits, and see the allergy in red', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await signIn(page);

  await page.getByTestId('patient-register').click();
  await page.getByTestId('patient-full-name').fill('Nur Aisyah binti Hamzah');
  await page.getByTestId('patient-identity-no').fill('900505-10-5568');
  await page.getByTestId('patient-phones').fill('+60 12-555 0101');
  await page.getByTestId('patient-add-allergy').click();
  await page.getByTestId('patient-allergen-0').fill('Penicillin');
  await shot(page, '01-register');
  await page.getByTestId('patient-save').click();

  // Saving opens the new record; birth date and sex come from the MyKad number.
  const header = page.getByTestId('patient-header');
  await expect(header).toContainText('Nur Aisyah binti Hamzah');
  await expect(header).toContainText('1990-05-05');
  await page.getByTestId('patient-back').click();

  await page.getByTestId('patient-search').fill('9005051055');
  const result = page.locator('[data-testid^="patient-result-"]');
  await expect(result).toHaveCount(1);
  await expect(result).toContainText('Nur Aisyah binti Hamzah');
  await shot(page, '02-search-by-ic');
  await result.click();

  const allergy = page.getByTestId('patient-allergies').locator('.MuiChip-root');
  await expect(allergy).toContainText('Penicillin');
  await expect(allergy).toHaveClass(/MuiChip-colorError/);
  await expect(allergy).toHaveCSS('color', ERROR_RED);
  await shot(page, '03-record-allergy');
  expect(pageErrors).toEqual([]);
});

test('import patients from a legacy CSV: mapping guessed from Malay headers, one row rejected with its reason', async ({ page }) => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-e2e-csv-'));
  const file = path.join(folder, 'pesakit-lama.csv');
  await writeFile(
    file,
    [
      'Nama,No KP,Tarikh Lahir,Jantina,Telefon,Alamat',
      'Ahmad Faiz bin Omar,750312-08-5153,12/03/1975,L,012-777 1234,"No. 5, Jalan Ipoh, 30450 Ipoh"',
      'Tan Siew Lan,881231-07-5566,31/12/1988,P,016-888 2345,',
      'Salah Tarikh,881331-07-5566,,,,',
    ].join('\r\n'),
  );
  try {
    await signIn(page);
    await page.getByTestId('patient-import').click();
    await page.getByTestId('import-file').setInputFiles(file);
    await expect(page.getByTestId('import-map-fullName')).toHaveValue('Nama');
    await expect(page.getByTestId('import-map-identityNo')).toHaveValue('No KP');
    await expect(page.getByTestId('import-map-dateOfBirth')).toHaveValue('Tarikh Lahir');
    await shot(page, '04-import-mapping');

    await page.getByTestId('import-check').click();
    await expect(page.getByTestId('import-totals')).toContainText('3 rows: 2 to import, 1 rejected');
    await expect(page.getByTestId('import-preview-row-4')).toContainText('Rejected');
    await shot(page, '05-import-preview');

    await page.getByTestId('import-commit').click();
    const summary = page.getByTestId('import-result');
    await expect(summary).toContainText('Imported 2 patients');
    await expect(page.getByTestId('import-rejected')).toContainText('Row 4');
    await expect(page.getByTestId('import-rejected')).toContainText('the birth date in it does not exist');
    await expect(page.getByTestId('import-download-rejected')).toHaveAttribute('href', /^blob:/);
    await shot(page, '06-import-result');
    await page.keyboard.press('Escape');

    await page.getByTestId('patient-search').fill('Siew Lan');
    await expect(page.locator('[data-testid^="patient-result-"]')).toContainText('Tan Siew Lan');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
