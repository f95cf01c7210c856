import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { readPdf } from '../support/pdf-pages';
import { hubForThisSpec, ownerApi, signInAsOwner } from './spec-hub';

/**
 * The Poisons Act registers in a browser: the Prescription Book empty for the month so far, a
 * period the wrong way round refused before asking, and a dangerous drug's running balance from
 * its opening stock, printed as a PDF to copy into the bound register.
 */
const ARTIFACTS = 'tests/e2e/artifacts';

const hub = hubForThisSpec({ setUp: true });

test.beforeAll(async () => {
  const { api, close } = await ownerApi(hub);
  try {
    await api.medicines.save.mutate({
      code: 'MOR10', generic: 'morphine', brand: null, form: 'tablet', strength: '10 mg', strengthValue: 10, strengthUnit: 'mg', perVolumeMl: null, dispensingUnit: 'tablet',
      route: 'oral', defaultDoseValue: null, defaultDoseUnit: null, defaultFrequency: null, defaultDurationDays: null, drugClass: null, packSize: 100,
      childMinMgPerKgDay: null, childMaxMgPerKgDay: null, active: true, legalClass: 'dangerous',
    });
    const csv = ['Code,Batch,Expiry,Qty,Cost', 'MOR10,E2E-M1,2027-12-31,30,1.50'].join('\r\n');
    await api.stockTake.openingStockCommit.mutate({ csv, mapping: { code: 'Code', batchNo: 'Batch', expiryDate: 'Expiry', quantity: 'Qty', unitCost: 'Cost' } });
  } finally {
    await close();
  }
});

test('shows the registers for the month so far, refuses a period the wrong way round, and prints a dangerous drug’s running balance', async ({ page }) => {
  // No new window in this browser: the PDF comes as a download, which the test can read.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await signInAsOwner(page);
  await page.getByTestId('nav-registers').click();

  await expect(page.getByTestId('register-prescription-book-empty')).toContainText('No entries in this period');
  const today = await page.getByTestId('registers-to').inputValue();
  await page.getByTestId('registers-to').fill('01/01/2020');
  await page.getByTestId('registers-to').blur();
  await expect(page.getByTestId('registers-range-problem')).toContainText('after the “To” date');
  await expect(page.getByTestId('registers-print')).toHaveCount(0);
  await page.getByTestId('registers-to').fill(today);
  await page.getByTestId('registers-to').blur();
  await expect(page.getByTestId('registers-range-problem')).toHaveCount(0);

  await page.getByTestId('registers-tab-dangerous-drugs').click();
  await page.getByTestId('registers-drug').click();
  await page.getByTestId('registers-drug-option-MOR10').click();
  await expect(page.getByTestId('registers-opening-balance')).toContainText('0 tablet');
  await expect(page.getByTestId('register-row-1')).toContainText('E2E-M1');
  await expect(page.getByTestId('registers-closing-balance')).toContainText('30 tablet');
  await page.screenshot({ path: `${ARTIFACTS}/registers-dangerous-drugs.png`, fullPage: true });

  const downloaded = page.waitForEvent('download');
  await page.getByTestId('registers-print').click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/^dangerous-drugs-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.pdf$/);
  const printed = (await readPdf(await readFile(await download.path()))).pages.join('\n');
  expect(printed).toMatch(/morphine/i);
  expect(printed).toContain('E2E-M1');
});
