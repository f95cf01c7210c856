import { expect, test, type Page } from '@playwright/test';
import { hubForThisSpec, signInAsOwner } from './spec-hub';

/**
 * A stock take in a browser: opening stock imported from CSV, a count sheet frozen for one shelf,
 * counted with a barcode scanner (code + Enter into the scan box, count + Enter), the variance at
 * cost checked and posted in one step.
 */
const ARTIFACTS = 'tests/e2e/artifacts';

hubForThisSpec({ setUp: true });

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/stock-take-${name}.png`, fullPage: true });
}

const OPENING = ['Kod,Batch No,Expiry,Qty,Kos (RM),Rak', 'PCM500,E2E-P1,31/12/2027,100,0.12,E-1', 'AMX250,E2E-A1,2027-09-30,50,0.40,E-1', 'IBU200,E2E-I1,2027-09-30,20,0.10,E-2'].join('\r\n');

/** What a USB barcode scanner does: types the code fast and presses Enter. */
async function scan(page: Page, code: string): Promise<void> {
  await page.getByTestId('stock-take-scan').pressSequentially(code);
  await page.keyboard.press('Enter');
}

test('imports opening stock, counts a shelf with the scanner and posts the differences', async ({ page }) => {
  await signInAsOwner(page);
  await page.getByTestId('nav-stockTake').click();

  await page.getByTestId('opening-stock-open').click();
  await page.getByTestId('opening-stock-file').setInputFiles({ name: 'stok.csv', mimeType: 'text/csv', buffer: Buffer.from(OPENING) });
  // Malay headers were recognised: nothing to map by hand.
  await expect(page.getByTestId('opening-stock-map-unitCost')).toHaveValue('Kos (RM)');
  await page.getByTestId('opening-stock-check').click();
  await expect(page.getByTestId('opening-stock-totals')).toContainText('3 rows: 3 can be received');
  await page.getByTestId('opening-stock-commit').click();
  await expect(page.getByTestId('opening-stock-result')).toContainText('3 batches received, RM 34.00 at cost');
  await page.getByRole('button', { name: 'Close' }).click();

  await page.getByTestId('stock-take-shelf').fill('E-1');
  await page.getByTestId('stock-take-freeze').click();
  await expect(page.getByTestId('stock-take-title')).toContainText('ST-');
  await expect(page.getByTestId('count-line-E2E-I1')).toHaveCount(0);

  // The scan box has the cursor: scan, type the count, Enter, and the cursor is back for the next scan.
  await expect(page.getByTestId('stock-take-scan')).toBeFocused();
  await scan(page, 'PCM500');
  await expect(page.getByTestId('count-E2E-P1')).toBeFocused();
  await page.keyboard.type('97');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('stock-take-scan')).toBeFocused();
  await scan(page, 'nope');
  await expect(page.getByText('“nope” is not on this count sheet.')).toBeVisible();
  await scan(page, 'amx250');
  await page.keyboard.type('50');
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('count-line-E2E-P1')).toContainText('-3');
  await expect(page.getByTestId('stock-take-totals')).toContainText('Short: 3 units, RM 0.36');
  await expect(page.getByTestId('stock-take-totals')).toContainText('Net at cost: -RM 0.36');
  await shot(page, 'counted');

  await page.getByTestId('stock-take-post').click();
  await page.getByTestId('stock-take-post-dialog-confirm').click();
  await expect(page.getByTestId('stock-take-title')).toContainText('Posted');
  await expect(page.getByTestId('stock-take-post')).toHaveCount(0);
  await shot(page, 'posted');
});
