import { expect, test } from '@playwright/test';
import { addDays, clinicDateTime } from '../../src/shared/clinic-time';
import { hubForThisSpec, ownerApi, signInAsOwner } from './spec-hub';

/**
 * The stock screen in a browser: two batches received as opening stock, one expiring within 30
 * days; the valuation at cost, the expiry chip and filter, the search, and a partial write-off
 * from the medicine's drawer that shows in its batches, its movements and the total.
 */
const hub = hubForThisSpec({ setUp: true });

const today = clinicDateTime(new Date(), 'Asia/Kuala_Lumpur').date;

test.beforeAll(async () => {
  const csv = ['Code,Batch,Expiry,Qty,Cost', `PCM500,E2E-S1,${addDays(today, 20)},100,0.12`, `AMX250,E2E-S2,${addDays(today, 200)},50,0.40`].join('\r\n');
  const { api, close } = await ownerApi(hub);
  try {
    await api.stockTake.openingStockCommit.mutate({ csv, mapping: { code: 'Code', batchNo: 'Batch', expiryDate: 'Expiry', quantity: 'Qty', unitCost: 'Cost' } });
  } finally {
    await close();
  }
});

test('shows stock at cost with its expiry alerts and writes off part of a batch', async ({ page }) => {
  await signInAsOwner(page);
  await page.getByTestId('nav-stock').click();

  await expect(page.getByTestId('stock-valuation-total')).toHaveText('RM 32.00');
  await expect(page.getByTestId('stock-row-PCM500')).toContainText('Expires ≤30 days');
  await expect(page.getByTestId('stock-row-AMX250')).not.toContainText('Expires');

  await page.getByTestId('stock-expiry-30').click();
  await expect(page.getByTestId('stock-row-AMX250')).toHaveCount(0);
  await expect(page.getByTestId('stock-row-PCM500')).toBeVisible();
  await page.getByTestId('stock-expiry-all').click();

  await page.getByTestId('stock-search').fill('amoxicillin');
  await expect(page.getByTestId('stock-row-PCM500')).toHaveCount(0);
  await page.getByTestId('stock-search').fill('');

  await page.getByTestId('stock-row-PCM500').click();
  await expect(page.getByTestId('batch-row-E2E-S1')).toContainText('100');
  await page.getByTestId('batch-writeoff-E2E-S1').click();
  // Reason and note are required: the save stays off until both are given.
  await page.getByTestId('stock-adjust-quantity').fill('10');
  await expect(page.getByTestId('stock-adjust-save')).toBeDisabled();
  await page.getByTestId('stock-adjust-reason').selectOption('damaged');
  await page.getByTestId('stock-adjust-note').fill('Strip crushed in the drawer');
  await page.getByTestId('stock-adjust-note').press('Enter');

  await expect(page.getByTestId('stock-adjust-dialog')).toHaveCount(0);
  await expect(page.getByTestId('batch-row-E2E-S1')).toContainText('90');
  await expect(page.getByTestId('stock-movements')).toContainText('Written off');
  await expect(page.getByTestId('stock-movements')).toContainText('Damaged: Strip crushed in the drawer');
  await page.getByTestId('stock-item-close').click();
  await expect(page.getByTestId('stock-valuation-total')).toHaveText('RM 30.80');
});
