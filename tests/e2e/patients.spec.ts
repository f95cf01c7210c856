import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { OWNER, hubForThisSpec } from './spec-hub';

/**
 * The front desk's patient registry in a browser, on a set-up clinic of this file's own whose
 * owner is an admin — who may also import patients from CSV. The tests follow one patient, in order.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
/** MUI's error red (#d32f2f): allergies must show in it. */
const ERROR_RED = 'rgb(211, 47, 47)';

hubForThisSpec({ setUp: true });

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/patients-${name}.png`, fullPage: true });
}

/** The MRN shown in the open record's header. */
async function headerMrn(page: Page): Promise<string> {
  const text = (await page.getByTestId('patient-header').textContent()) ?? '';
  const mrn = /MRN-\d+/.exec(text)?.[0];
  if (!mrn) throw new Error(`no MRN in the header: ${text}`);
  return mrn;
}

/** Finds Nur Aisyah (registered in the first test) by her IC digits and opens her record with the keyboard. */
async function openNurAisyah(page: Page): Promise<void> {
  const search = page.getByTestId('patient-search');
  await search.fill('9005051055');
  await expect(page.locator('[data-testid^="patient-result-"]')).toHaveCount(1);
  await search.press('Enter');
  await expect(page.getByTestId('patient-header')).toContainText('Nur Aisyah binti Hamzah');
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
  await page.getByTestId('patient-phone-0').fill('+60 12-555 0101');
  await page.getByTestId('patient-add-allergy').click();
  await page.getByTestId('patient-allergen-0').fill('Penicillin');
  // A shared PC: the browser keeps nothing typed into a patient's fields to offer the next user.
  const textInputs = page.getByRole('dialog').locator('input[type="text"], input:not([type]), input[type="email"], input[type="tel"], textarea:not([aria-hidden])');
  expect(await textInputs.count()).toBeGreaterThan(5);
  expect(await textInputs.evaluateAll((inputs) => inputs.filter((input) => input.getAttribute('autocomplete') !== 'off').map((input) => input.outerHTML.slice(0, 120)))).toEqual([]);
  await shot(page, '01-register');
  await page.getByTestId('patient-save').click();

  // Saving opens the new record; birth date and sex come from the MyKad number.
  const header = page.getByTestId('patient-header');
  await expect(header).toContainText('Nur Aisyah binti Hamzah');
  await expect(header).toContainText('5 May 1990');
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

test('her phone number changed: edit it with the keyboard, the history shows old and new, who and when; then add her photo', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await signIn(page);
  await openNurAisyah(page);

  const phone = page.getByTestId('patient-phone-0');
  // Typed with dashes at registration, stored in international form.
  await expect(phone).toHaveValue('+60 12 555 0101');
  await phone.fill('+60 19-777 0202');
  await phone.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByTestId('patient-header')).toContainText('+60 19 777 0202');

  await page.getByTestId('patient-history-open').click();
  const edit = page.getByTestId('patient-version-2');
  await expect(edit).toContainText('Dr Aminah');
  // Only the phone changed, and both numbers are there: the old one struck out, the new one added.
  await expect(edit.locator('[data-testid^="patient-change-"]')).toHaveCount(1);
  const row = edit.getByTestId('patient-change-phones');
  await expect(row.locator('td').nth(0)).toHaveText('Phones');
  await expect(row.locator('td').nth(1).locator('del')).toHaveText('+60 12 555 0101');
  await expect(row.locator('td').nth(2).locator('ins')).toHaveText('+60 19 777 0202');
  await expect(page.getByTestId('patient-version-1')).toContainText('Record created.');
  await shot(page, '07-history');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('patient-history')).toBeHidden();

  // A phone-camera-sized picture is shrunk on this PC to passport-photo size before it is sent.
  const picture = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1200;
    canvas.height = 1600;
    const pen = canvas.getContext('2d');
    if (!pen) throw new Error('no 2D canvas');
    pen.fillStyle = '#9fc5e8';
    pen.fillRect(0, 0, 1200, 1600);
    pen.fillStyle = '#c68e5e';
    pen.beginPath();
    pen.arc(600, 650, 330, 0, Math.PI * 2);
    pen.fill();
    return canvas.toDataURL('image/png').split(',')[1];
  });
  await page.getByTestId('patient-photo-file').setInputFiles({ name: 'nur-aisyah.png', mimeType: 'image/png', buffer: Buffer.from(picture, 'base64') });
  const photo = page.getByTestId('patient-photo-image');
  await expect(photo).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
  expect(await photo.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([405, 540]);
  await shot(page, '08-photo');
  expect(pageErrors).toEqual([]);
});

test('a duplicate registered under her passport is merged into her record, and the duplicate points to it', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await signIn(page);

  // Same name and birth date under another document: the desk is warned, and registers anyway.
  await page.getByTestId('patient-register').click();
  await expect(page.getByTestId('patient-full-name')).toBeFocused();
  await page.getByTestId('patient-full-name').fill('Nur Aisyah binti Hamzah');
  await page.getByTestId('patient-identity-type-button').click();
  await page.getByTestId('patient-identity-type-passport').click();
  await page.getByTestId('patient-identity-no').fill('A12345678');
  await page.getByTestId('patient-nationality').fill('Malaysia');
  await page.getByTestId('patient-nationality-MYS').click();
  await page.getByTestId('patient-date-of-birth').fill('5/5/1990');
  await page.getByTestId('patient-phone-0').fill('03-7876 5555');
  await page.getByTestId('patient-add-allergy').click();
  await expect(page.getByTestId('patient-allergen-0')).toBeFocused();
  await page.keyboard.type('Aspirin');
  await page.getByTestId('patient-save').click();
  await page.getByTestId('patient-register-anyway').click();
  await expect(page.getByTestId('patient-header')).toContainText('A12345678');
  const duplicateMrn = await headerMrn(page);
  await page.getByTestId('patient-back').click();

  await openNurAisyah(page);
  const survivorMrn = await headerMrn(page);
  await page.getByTestId('patient-merge-open').click();
  const find = page.getByTestId('patient-search');
  await expect(find).toBeFocused();
  await find.fill('A12345678');
  await expect(page.getByTestId(`patient-result-${duplicateMrn}`)).toBeVisible();
  await find.press('Enter');

  const comparison = page.getByTestId('merge-comparison');
  await expect(comparison).toContainText(survivorMrn);
  await expect(comparison).toContainText(duplicateMrn);
  // The duplicate's allergy and phone are what the merge adds to her record.
  await expect(page.getByTestId('merge-row-allergies').locator('ins')).toHaveText('Aspirin (Moderate)');
  await expect(page.getByTestId('merge-row-phones').locator('ins')).toHaveText('+60 3 7876 5555');
  const confirm = page.getByTestId('merge-confirm-mrn');
  await expect(confirm).toBeFocused();
  await confirm.fill(survivorMrn);
  await expect(page.getByTestId('merge-submit')).toBeDisabled();
  await confirm.fill(duplicateMrn.toLowerCase());
  await shot(page, '09-merge-compare');
  await confirm.press('Enter');
  await expect(page.getByTestId('merge-done')).toContainText(`${duplicateMrn} was merged into this record.`);
  await expect(page.getByTestId('patient-allergies')).toContainText('Aspirin');
  await expect(page.getByTestId('patient-allergies')).toContainText('Penicillin');

  // The merged record stays, read-only, and points to the one that was kept.
  await page.getByTestId('merge-open-merged').click();
  await expect(page.getByTestId('patient-header')).toContainText(duplicateMrn);
  const notice = page.getByTestId('patient-merged-into');
  await expect(notice).toContainText(`Merged into ${survivorMrn} · Nur Aisyah binti Hamzah`);
  await expect(page.getByTestId('patient-save')).toHaveCount(0);
  await expect(page.getByTestId('patient-merge-open')).toHaveCount(0);
  await shot(page, '10-merged-record');
  await page.getByTestId('patient-history-open').click();
  await expect(page.getByTestId('patient-version-2').getByTestId('patient-change-mergedIntoId')).toContainText('Merged into another record');
  await page.keyboard.press('Escape');
  await page.getByTestId('patient-open-survivor').click();
  await expect(page.getByTestId('patient-header')).toContainText(survivorMrn);

  // Out of the search: only the kept record answers to her name now.
  await page.getByTestId('patient-back').click();
  await page.getByTestId('patient-search').fill('A12345678');
  await expect(page.getByText('No patient matches.')).toBeVisible();
  expect(pageErrors).toEqual([]);
});
