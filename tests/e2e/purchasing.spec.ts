import { expect, test } from '@playwright/test';
import { addDays, clinicDateTime } from '../../src/shared/clinic-time';
import { hubForThisSpec, ownerApi, signInAsOwner } from './spec-hub';

/**
 * Purchasing in a browser, from the reorder list to stock: paracetamol below its reorder level
 * with no price on record becomes a draft order, is priced and sent, and is received with a batch,
 * an expiry and an invoiced price that differs from the order, which the delivery shows before it
 * closes; the stock screen then has the new batch.
 */
const hub = hubForThisSpec({ setUp: true });
const SUPPLIER = 'Farmasi Borong Sdn Bhd';
const today = clinicDateTime(new Date(), 'Asia/Kuala_Lumpur').date;

test.beforeAll(async () => {
  const { api, close } = await ownerApi(hub);
  try {
    await api.suppliers.save.mutate({ name: SUPPLIER, paymentTermsDays: 30, leadTimeDays: 5, active: true });
    const paracetamol = (await api.medicines.list.query({ includeRetired: false })).find((medicine) => medicine.code === 'PCM500');
    if (!paracetamol) throw new Error('PCM500 is not in the starter list');
    await api.medicines.save.mutate({ ...paracetamol, reorderLevel: 200, reorderQuantity: 500, costSen: null });
    await api.stockTake.openingStockCommit.mutate({ csv: `Code,Batch,Expiry,Qty,Cost\r\nPCM500,PCM-OLD,${addDays(today, 120)},50,0.12`, mapping: { code: 'Code', batchNo: 'Batch', expiryDate: 'Expiry', quantity: 'Qty', unitCost: 'Cost' } });
  } finally {
    await close();
  }
});

test('orders what the reorder list suggests, and receives it with a changed price seen', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsOwner(page);
  await page.getByTestId('nav-purchasing').click();

  await page.getByTestId('reorder-tab').click();
  const row = page.getByTestId('reorder-row-PCM500');
  await expect(row).toContainText('50 in stock, reorder level 200');
  // The opening stock's cost is not a supplier's price: the row says it has none yet.
  await expect(page.getByTestId('reorder-cost-PCM500')).toContainText('No price yet');
  await page.getByTestId('reorder-tick-PCM500').check();
  await row.getByRole('combobox').click();
  await page.getByRole('option', { name: SUPPLIER }).click();
  await page.getByTestId('reorder-create').click();
  await expect(page.getByText(/Draft orders written: PO-/)).toBeVisible();

  await page.getByTestId('purchasing-tab-orders').click();
  await page.locator('[data-testid^="po-row-PO-"]').first().click();
  await expect(page.getByTestId('po-unpriced')).toContainText('1 line has no price yet');
  const ordered = Number(await page.getByTestId('po-line-0-quantity').inputValue());
  expect(ordered).toBeGreaterThan(0);
  await page.getByTestId('po-line-0-cost').fill('0.12');
  await expect(page.getByTestId('po-unpriced')).toHaveCount(0);
  // Sent as it stands on the screen: the price just typed is saved with it.
  await page.getByTestId('po-send').click();
  await page.getByTestId('receive-open').click();

  await expect(page.getByTestId('receive-cost-0')).toHaveValue('0.12');
  await page.getByTestId('receive-invoice').fill('INV-88812');
  await page.getByTestId('receive-batch-0').fill('PCM-NEW');
  await page.getByTestId('receive-expiry-0').fill(addDays(today, 700).split('-').reverse().join('/'));
  await page.getByTestId('receive-cost-0').fill('0.14');
  await page.getByTestId('receive-save').click();
  await expect(page.getByTestId('receive-result')).toContainText('1 line received into stock');
  await expect(page.getByTestId('receive-price-differences')).toContainText('invoiced RM 0.14, ordered at RM 0.12');
  await page.getByTestId('receive-done').click();
  await expect(page.getByTestId('receive-dialog')).toHaveCount(0);

  await page.getByTestId('nav-stock').click();
  await page.getByTestId('stock-row-PCM500').click();
  await expect(page.getByTestId('batch-row-PCM-NEW')).toContainText(String(ordered));
  await expect(page.getByTestId('batch-row-PCM-NEW')).toContainText('RM 0.14');
});
