import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { readPdf } from '../support/pdf-pages';
import { OWNER, chargeOneConsultationFeeAtAllHours, hubForThisSpec, ownerApi, signInAsOwner } from './spec-hub';

/**
 * The counter in a browser: a visit finished by the doctor and dispensed (made through the API) is
 * at the counter; the cashier adds a wound dressing, issues the invoice, and takes cash with the
 * change shown before and after; the visit then leaves the counter's list. The till is opened with
 * a float before the money is taken, counted and closed at the end, and the day closes with its
 * Z report.
 */
const hub = hubForThisSpec({ setUp: true });
const ARTIFACTS = 'tests/e2e/artifacts';

test.beforeAll(async () => {
  const { api, close } = await ownerApi(hub);
  try {
    await chargeOneConsultationFeeAtAllHours(api);
    const owner = (await api.users.list.query()).find((user) => user.username === OWNER.username);
    if (!owner) throw new Error('no owner');
    await api.users.update.mutate({ id: owner.id, displayName: owner.displayName, roles: [...new Set([...owner.roles, 'doctor' as const, 'pharmacist' as const])], mmcNo: '54321' });
    const room = await api.rooms.save.mutate({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true });
    await api.rooms.save.mutate({ code: 'RX', name: 'Farmasi', kind: 'pharmacy', ticketPrefix: 'F', active: true });
    await api.rooms.save.mutate({ code: 'PAY', name: 'Kaunter', kind: 'payment', ticketPrefix: 'C', active: true });
    const paracetamol = (await api.medicines.list.query({ includeRetired: false })).find((medicine) => medicine.code === 'PCM500');
    if (!paracetamol) throw new Error('no PCM500');
    await api.medicines.save.mutate({ ...paracetamol, prices: [{ tier: 'walk-in', priceSen: 15 }] });
    const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
    await api.stockTake.openingStockCommit.mutate({ csv: `Code,Batch,Expiry,Qty,Cost\r\nPCM500,P-1,${inAYear},100,0.05`, mapping: { code: 'Code', batchNo: 'Batch', expiryDate: 'Expiry', quantity: 'Qty', unitCost: 'Cost' } });

    const patient = await api.patients.register.mutate({ fullName: 'Tan Ah Kow', identityType: 'mykad', identityNo: '700101-10-5111', phones: [], address: '', postcode: '', allergies: [] });
    const { visitId } = await api.queue.checkIn.mutate({ patientId: patient.id, roomId: room.id, chiefComplaint: 'fever', priority: 'normal' });
    await api.queue.callNext.mutate({ roomId: room.id });
    await api.prescriptions.addLine.mutate({ visitId, line: { medicineId: paracetamol.id, doseValue: 1, doseUnit: 'tablet', frequency: 'QID', durationDays: 3, route: 'oral', timing: 'afterFood', dispensing: 'in-house', quantity: 12 } });
    const note = await api.consultation.saveNote.mutate({ visitId, version: 0, note: { subjective: 'Fever', objective: '', assessment: 'Viral fever', plan: 'Paracetamol' } });
    await api.consultation.finish.mutate({ visitId, version: note.version });
    const view = await api.dispensing.open.query({ visitId });
    await api.dispensing.dispense.mutate({ visitId, lines: view.lines.map((line) => ({ prescriptionLineId: line.prescriptionLineId, quantity: line.owed })) });
  } finally {
    await close();
  }
});

test('invoices a finished visit with a fee added at the counter, takes cash with change, and gives the receipt', async ({ page }) => {
  // No new window in this browser: the receipt's PDF comes as a download, which the test can read.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await signInAsOwner(page);
  await page.getByTestId('nav-billing').click();
  // No money before the till is open: the counter says so and leads there.
  await expect(page.getByTestId('till-reminder')).toBeVisible();
  await page.getByTestId('till-reminder').getByRole('link').click();
  await page.getByTestId('till-float').fill('100');
  await page.getByTestId('till-open').click();
  await expect(page.getByTestId('till-expected')).toContainText(/RM\s100\.00/);
  await page.getByTestId('nav-billing').click();
  await expect(page.getByTestId('till-reminder')).toHaveCount(0);
  await page.getByTestId('counter-visit-A001').click();

  await expect(page.getByTestId('bill-line-0')).toContainText('General consultation');
  await expect(page.getByTestId('bill-line-1')).toContainText('paracetamol 500 mg tablet');
  // RM 35.00 consultation + 12 × RM 0.15.
  await expect(page.getByTestId('bill-total')).toHaveText('RM 36.80');
  await page.getByTestId('bill-fee').click();
  await page.getByTestId('bill-fee-DRESS').click();
  await page.getByTestId('bill-fee-add').click();
  await expect(page.getByTestId('bill-total')).toHaveText('RM 61.80');
  await page.screenshot({ path: `${ARTIFACTS}/billing-01-bill.png` });
  await page.getByTestId('bill-issue').click();

  await expect(page.getByTestId('invoice-number')).toContainText(/INV-\d{4}-000001/);
  await expect(page.getByTestId('invoice-balance')).toHaveText('RM 61.80');
  await page.getByTestId('invoice-pay').click();
  await page.getByTestId('pay-amount-0').fill('100');
  await expect(page.getByTestId('pay-change')).toContainText('RM 38.20');
  await page.screenshot({ path: `${ARTIFACTS}/billing-02-pay.png` });
  await page.getByTestId('pay-confirm').click();
  await expect(page.getByTestId('invoice-paid')).toContainText(/Paid\. Receipt RCP-\d{4}-000001\. Give RM\s38\.20 change\./);
  await expect(page.getByTestId('invoice-status')).toHaveText('Paid');
  await expect(page.getByTestId('invoice-balance')).toHaveText('RM 0.00');
  await expect(page.getByTestId('counter-visit-A001')).toHaveCount(0);
  await page.screenshot({ path: `${ARTIFACTS}/billing-03-paid.png` });

  const downloaded = page.waitForEvent('download');
  await page.locator('[data-testid^="receipt-pdf-RCP-"]').click();
  const receipt = (await readPdf(await readFile(await (await downloaded).path()))).pages.join('\n').replace(/[ \t]+/g, ' ');
  expect(receipt).toMatch(/RESIT \/ RECEIPT RCP-\d{4}-000001/);
  expect(receipt).toContain('Wound dressing');
  expect(receipt).toMatch(/JUMLAH \/ TOTAL RM\s61\.80/);
  expect(receipt).toMatch(/Baki \/ Change RM\s38\.20/);

  // The patient asks for a tax invoice on A5 for the company: the whole bill, the payment and nothing still due.
  await page.getByTestId('invoice-pdf-paper').click();
  await page.getByRole('option', { name: 'A5' }).click();
  const invoicePdf = page.waitForEvent('download');
  await page.getByTestId('invoice-pdf').click();
  const taxInvoice = await readPdf(await readFile(await (await invoicePdf).path()));
  const invoiceText = taxInvoice.pages.join('\n').replace(/[ \t]+/g, ' ');
  expect(taxInvoice.pageSize).toMatch(/^419\.\d* x 595\.\d* pts/);
  expect(invoiceText).toMatch(/INV-\d{4}-000001/);
  expect(invoiceText).toContain('Wound dressing');
  expect(invoiceText).toMatch(/JUMLAH \/ TOTAL RM\s61\.80/);
  expect(invoiceText).toMatch(/BAKI \/ BALANCE DUE RM\s0\.00/);
  await expect(page.getByTestId('invoice-pdf-shown')).toHaveText('Invoice PDF opened.');

  // Found again later in the day among today's invoices, to reprint its receipt.
  await page.getByTestId('nav-queue').click();
  await page.getByTestId('nav-billing').click();
  await page.locator('[data-testid^="today-invoice-INV-"]').first().click();
  await expect(page.getByTestId('invoice-status')).toHaveText('Paid');
  await expect(page.locator('[data-testid^="receipt-pdf-RCP-"]')).toBeVisible();

  // The patient paid twice by mistake at another till: the owner voids this payment with the reason.
  await page.locator('[data-testid^="receipt-void-RCP-"]').click();
  await page.getByTestId('receipt-void-reason').fill('Paid again at the other counter by card');
  await page.getByTestId('receipt-void-dialog-confirm').click();
  await expect(page.getByTestId('invoice-status')).toHaveText('Not paid');
  await expect(page.getByTestId('invoice-balance')).toHaveText('RM 61.80');
  await expect(page.getByTestId('invoice-payment-0')).toContainText('Void');

  // The dressing was charged in error: a credit note lowers what is owed; the invoice itself stays as issued.
  await page.getByTestId('invoice-credit').click();
  await page.getByTestId('credit-quantity-1').fill('1');
  await expect(page.getByTestId('credit-total')).toContainText(/RM\s25\.00/);
  await page.getByTestId('credit-reason').fill('Dressing was not done');
  await page.getByTestId('credit-confirm').click();
  await expect(page.getByTestId('invoice-credit-notes')).toContainText('Dressing was not done');
  await expect(page.getByTestId('invoice-balance')).toHaveText('RM 36.80');

  // End of the day: the RM 61.80 went in and came back out, so the drawer holds the float; then the day closes.
  await page.getByTestId('nav-till').click();
  await expect(page.getByTestId('till-expected')).toContainText(/RM\s100\.00/);
  await page.getByTestId('till-count').click();
  await page.getByTestId('count-5000').fill('1');
  await expect(page.getByTestId('count-variance')).toContainText(/RM\s50\.00 short/);
  await page.getByTestId('count-5000').fill('2');
  await expect(page.getByTestId('count-variance')).toHaveText('The drawer balances.');
  await page.screenshot({ path: `${ARTIFACTS}/billing-04-count.png` });
  await page.getByTestId('count-confirm').click();
  await expect(page.getByTestId('till-open')).toBeVisible();

  await expect(page.getByTestId('day-figures')).toContainText('Paid again at the other counter by card');
  await page.getByTestId('day-close').click();
  await page.getByTestId('day-close-dialog-confirm').click();
  await expect(page.getByTestId('day-closing')).toContainText(/closed: Z-\d{4}-0001/);
  await page.screenshot({ path: `${ARTIFACTS}/billing-05-closed.png` });
  const zDownload = page.waitForEvent('download');
  await page.getByTestId('day-closing').locator('[data-testid^="day-pdf-"]').click();
  const zReport = (await readPdf(await readFile(await (await zDownload).path()))).pages.join('\n').replace(/\s+/g, ' ');
  expect(zReport).toMatch(/Z REPORT Z-\d{4}-0001/);
  expect(zReport).toContain('Paid again at the other counter by card');
  expect(zReport).toMatch(/BERSIH \/ NET RM\s0\.00/);
  // The closed day's invoice no longer takes a payment.
  await page.getByTestId('nav-billing').click();
  await page.locator('[data-testid^="today-invoice-INV-"]').first().click();
  await page.getByTestId('invoice-pay').click();
  await page.getByTestId('pay-amount-0').fill('70');
  await page.getByTestId('pay-confirm').click();
  await expect(page.getByTestId('pay-dialog')).toContainText(/is closed \(Z-\d{4}-0001\)/);
});
