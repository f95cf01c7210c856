import { expect, test, type Page } from '@playwright/test';
import { hubForThisSpec, signInAsOwner } from './spec-hub';

/**
 * Setup → Medicines in a browser: a medicine added by keyboard and form, a CSV list imported with
 * one bad row explained and left out, and the imported medicine found by the list's search; a
 * controlled medicine's pharmacy fields (legal class, MAL number, scanned barcodes, cost, price) kept.
 */
const ARTIFACTS = 'tests/e2e/artifacts';

hubForThisSpec({ setUp: true });

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/medicines-setup-${name}.png`, fullPage: true });
}

const CSV = [
  'Generic,Brand,Code,Form,Strength,Route,Dose,Frequency,Class',
  'loperamide,Imodium,LOP2,cap,2 mg,PO,4 mg,stat,Antidiarrhoeals',
  'hyoscine butylbromide,Buscopan,HYO10,tab,10 mg,oral,10 mg,lozenge-daily,Antispasmodics',
  'domperidone,Motilium,DOM10,tab,10 mg,oral,10 mg,TDS,Antiemetics',
].join('\r\n');

test('adds a medicine, imports a CSV with one bad row explained, and finds the imported medicine', async ({ page }) => {
  await signInAsOwner(page);
  await page.getByTestId('nav-medicines').click();
  // The starter list a new clinic begins with.
  await expect(page.getByTestId('medicine-row-AMX500')).toBeVisible();

  await page.getByTestId('medicine-generic').fill('Mefenamic acid');
  await page.getByTestId('medicine-brand').fill('Ponstan');
  await page.getByTestId('medicine-code').fill('mef250');
  await page.getByTestId('medicine-strength').fill('250 mg');
  await page.getByTestId('medicine-dose').fill('500');
  await page.getByTestId('medicine-dose-unit').selectOption('mg');
  await page.getByTestId('medicine-frequency').selectOption('TDS');
  await page.getByTestId('medicine-class').fill('NSAIDs');
  await page.getByTestId('medicine-code').press('Enter');
  await expect(page.getByTestId('medicine-row-MEF250')).toContainText('mefenamic acid');
  await expect(page.getByTestId('medicine-row-MEF250')).toContainText('500 mg TDS');
  // The form is empty again for the next medicine, numbers included.
  await expect(page.getByTestId('medicine-generic')).toHaveValue('');
  await expect(page.getByTestId('medicine-dose')).toHaveValue('');

  await page.getByTestId('medicine-import-open').click();
  await page.getByTestId('medicine-import-file').setInputFiles({ name: 'supplier-list.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  // The header's words were recognised: nothing to map by hand.
  await expect(page.getByTestId('medicine-import-map-defaultFrequency')).toHaveValue('Frequency');
  await page.getByTestId('medicine-import-check').click();
  await expect(page.getByTestId('medicine-import-totals')).toContainText('3 rows: 2 ready to import, 1 with problems');
  await expect(page.getByTestId('medicine-import-rejected-3')).toContainText('“lozenge-daily” is not a frequency ClinicDesk knows');
  await shot(page, 'preview');
  await page.getByTestId('medicine-import-commit').click();
  await expect(page.getByTestId('medicine-import-result')).toContainText('Imported 2 medicines.');
  await page.getByRole('button', { name: 'Close' }).click();

  await page.getByTestId('medicine-filter').fill('imod');
  await expect(page.getByTestId('medicine-row-LOP2')).toContainText('loperamide');
  await expect(page.getByTestId('medicine-row-DOM10')).toHaveCount(0);
  await expect(page.getByTestId('medicine-row-HYO10')).toHaveCount(0);
  await shot(page, 'search');
});

test('keeps a controlled medicine’s pharmacy fields: legal class, MAL number, scanned barcodes, cost and walk-in price', async ({ page }) => {
  await signInAsOwner(page);
  await page.getByTestId('nav-medicines').click();
  // The starter list comes with its real classes: amoxicillin prescription only, paracetamol over the counter.
  await expect(page.getByTestId('medicine-legal-AMX500')).toContainText('Group B');
  await expect(page.getByTestId('medicine-legal-AMX500')).toHaveAttribute('data-controlled', 'true');
  await expect(page.getByTestId('medicine-legal-PCM500')).toHaveAttribute('data-controlled', 'false');

  await page.getByTestId('medicine-generic').fill('Diazepam');
  await page.getByTestId('medicine-code').fill('dzp5');
  await page.getByTestId('medicine-strength').fill('5 mg');
  await page.getByTestId('medicine-legal-class').click();
  await page.getByRole('option', { name: 'Psychotropic' }).click();
  // No number is a warning only; a wrong format is an error; a good one says nothing.
  await expect(page.getByTestId('medicine-registration-help')).toContainText('No MAL number');
  await page.getByTestId('medicine-registration-no').fill('MAL123');
  await expect(page.getByTestId('medicine-registration-help')).toContainText('MAL, 8 digits');
  await page.getByTestId('medicine-registration-no').fill('MAL19912345AZ');
  await expect(page.getByTestId('medicine-registration-help')).toHaveCount(0);
  // A scanner types the code and Enter: the code becomes a chip and the form is not saved.
  await page.getByTestId('medicine-barcodes').pressSequentially('9556001234567');
  await page.getByTestId('medicine-barcodes').press('Enter');
  await expect(page.getByTestId('medicine-barcode-9556001234567')).toBeVisible();
  await expect(page.getByTestId('medicine-row-DZP5')).toHaveCount(0);
  await page.getByTestId('medicine-cost').fill('0.12');
  await page.getByTestId('medicine-price-walk-in').fill('0.5');
  await page.getByTestId('medicine-code').press('Enter');
  await expect(page.getByTestId('medicine-legal-DZP5')).toHaveAttribute('data-controlled', 'true');

  // Opened again, it shows what was saved, the price read back from the hub.
  await page.getByTestId('medicine-row-DZP5').click();
  await expect(page.getByTestId('medicine-registration-no')).toHaveValue('MAL19912345AZ');
  await expect(page.getByTestId('medicine-barcode-9556001234567')).toBeVisible();
  await expect(page.getByTestId('medicine-cost')).toHaveValue('0.12');
  await expect(page.getByTestId('medicine-price-walk-in')).toHaveValue('0.50');
  await shot(page, 'pharmacy-fields');

  await page.getByTestId('medicine-kind-consumable').click();
  await expect(page.getByTestId('medicine-row-DZP5')).toHaveCount(0);
  await page.getByTestId('medicine-kind-medicine').click();
  await expect(page.getByTestId('medicine-row-DZP5')).toBeVisible();
});
