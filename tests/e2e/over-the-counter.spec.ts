import { expect, test, type Page } from '@playwright/test';
import { addDays, clinicDateTime } from '../../src/shared/clinic-time';
import { OWNER, hubForThisSpec, ownerApi, signInAsOwner } from './spec-hub';

/**
 * A sale without a prescription at the dispensary counter: paracetamol (over the counter) and
 * cetirizine (a Group C poison) to a walk-in buyer. Amoxicillin is refused as prescription-only;
 * the cetirizine waits for the buyer's address, then the sale writes its Prescription Book entry
 * and takes the stock.
 */
const hub = hubForThisSpec({ setUp: true });
const today = clinicDateTime(new Date(), 'Asia/Kuala_Lumpur').date;

test.beforeAll(async () => {
  const { api, close } = await ownerApi(hub);
  try {
    // The owner is also the clinic's pharmacist: a Group C poison is handed over by one.
    const owner = (await api.users.list.query()).find((user) => user.username === OWNER.username);
    if (!owner) throw new Error('no owner');
    await api.users.update.mutate({ id: owner.id, displayName: owner.displayName, roles: [...new Set([...owner.roles, 'pharmacist' as const])], mmcNo: null });
    const csv = ['Code,Batch,Expiry,Qty,Cost', `PCM500,P-1,${addDays(today, 300)},100,0.05`, `CTZ10,C-1,${addDays(today, 300)},30,0.20`, `AMX500,A-1,${addDays(today, 300)},30,0.40`].join('\r\n');
    await api.stockTake.openingStockCommit.mutate({ csv, mapping: { code: 'Code', batchNo: 'Batch', expiryDate: 'Expiry', quantity: 'Qty', unitCost: 'Cost' } });
  } finally {
    await close();
  }
});

async function addLine(page: Page, code: string, quantity: string, directions: string): Promise<void> {
  await page.getByTestId('medicine-picker').fill(code);
  await page.getByTestId(`medicine-option-${code}`).click();
  await page.getByTestId('sale-quantity').fill(quantity);
  await page.getByTestId('sale-directions').fill(directions);
  await page.getByTestId('sale-add').click();
}

test('sells over the counter what the law allows, with the buyer’s address for a Group C poison', async ({ page }) => {
  await signInAsOwner(page);
  await page.getByTestId('nav-dispensary').click();
  await page.getByTestId('dispensary-tab-sale').click();

  await page.getByTestId('sale-buyer').fill('Lee Mei Ling');
  await addLine(page, 'AMX500', '21', '1 capsule three times a day');
  await page.getByTestId('sale-submit').click();
  await expect(page.getByRole('alert')).toContainText('supplied on a doctor’s prescription only');
  await page.getByTestId('sale-line-0').getByRole('button').click();

  await addLine(page, 'PCM500', '10', '1-2 tablets every 6 hours for fever');
  await addLine(page, 'CTZ10', '10', '1 tablet at night for sneezing');
  await expect(page.getByTestId('sale-line-1')).toContainText('10 tablet');
  await page.getByTestId('sale-submit').click();
  await expect(page.getByRole('alert')).toContainText('needs the buyer’s address');

  await page.getByTestId('sale-address').fill('12 Jalan Bunga Raya, 43000 Kajang');
  await page.getByTestId('sale-submit').click();
  await expect(page.getByTestId('dispensing-done')).toContainText(/Sold\. Prescription Book: PB-\d{4}-\d{6}\./);

  await page.getByTestId('nav-stock').click();
  await expect(page.getByTestId('stock-row-PCM500')).toContainText('90 tablet');
  await expect(page.getByTestId('stock-row-CTZ10')).toContainText('20 tablet');
  await expect(page.getByTestId('stock-row-AMX500')).toContainText('30 capsule');
});
