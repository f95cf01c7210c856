import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DEFAULT_PRINTER_SETTINGS } from '../../src/shared/schemas/printer';
import { decodeEscPos, textOf } from '../support/escpos-decoder';
import { readPdf } from '../support/pdf-pages';
import { holdsCut, tcpPrinterStub, type PrinterStub } from '../support/receipt-printer-stub';
import { OWNER, chargeOneConsultationFeeAtAllHours, hubForThisSpec, ownerApi, signInAsOwner } from './spec-hub';

/**
 * 08:35 in A DAY AT THE CLINIC, in a browser: Mr Tan's consultation (RM 35) and medicines
 * (RM 28.50) are billed with his company's panel, which pays up to RM 50: the counter shows the
 * split, issues the two invoices, and he pays RM 13.50 cash; the receipt prints on the network
 * receipt printer (a port 9100 listener, decoded back) and the drawer opens. Then the month's claim
 * goes to the panel as a statement, the panel's payment (less a TPA fee) is matched to it, and at
 * 21:00 the drawer is counted, the day closes, and the Z report lists the cash and the panel's share.
 */
const hub = hubForThisSpec({ setUp: true });
const ARTIFACTS = 'tests/e2e/artifacts';
const MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kuala_Lumpur' }).format(new Date()).slice(0, 7);
let printer: PrinterStub & { port: number };

test.beforeAll(async () => {
  printer = await tcpPrinterStub('ready');
  const { api, close } = await ownerApi(hub);
  try {
    await chargeOneConsultationFeeAtAllHours(api);
    await api.settings.printer.save.mutate({ ...DEFAULT_PRINTER_SETTINGS, connection: { kind: 'escpos-tcp', host: '127.0.0.1', port: printer.port } });
    // Farah's till was opened this morning with RM 100 in the drawer.
    await api.till.openSession.mutate({ floatSen: 10_000 });
    const owner = (await api.users.list.query()).find((user) => user.username === OWNER.username);
    if (!owner) throw new Error('no owner');
    await api.users.update.mutate({ id: owner.id, displayName: owner.displayName, roles: [...new Set([...owner.roles, 'doctor' as const, 'pharmacist' as const])], mmcNo: '54321' });
    const room = await api.rooms.save.mutate({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true });
    await api.rooms.save.mutate({ code: 'RX', name: 'Farmasi', kind: 'pharmacy', ticketPrefix: 'F', active: true });
    await api.rooms.save.mutate({ code: 'PAY', name: 'Kaunter', kind: 'payment', ticketPrefix: 'C', active: true });
    const paracetamol = (await api.medicines.list.query({ includeRetired: false })).find((medicine) => medicine.code === 'PCM500');
    if (!paracetamol) throw new Error('no PCM500');
    await api.medicines.save.mutate({ ...paracetamol, prices: [{ tier: 'walk-in', priceSen: 190 }] });
    const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
    await api.stockTake.openingStockCommit.mutate({ csv: `Code,Batch,Expiry,Qty,Cost\r\nPCM500,P-1,${inAYear},100,0.05`, mapping: { code: 'Code', batchNo: 'Batch', expiryDate: 'Expiry', quantity: 'Qty', unitCost: 'Cost' } });
    // Its cap per visit is set in Clinic settings, in the test.
    const shell = await api.panels.save.mutate({ code: 'SHELL', name: 'Shell Malaysia', kind: 'corporate', active: true });

    const patient = await api.patients.register.mutate({ fullName: 'Tan Ah Kow', identityType: 'mykad', identityNo: '700101-10-5111', panels: [{ panelId: shell.id, memberNo: 'SH-00912' }] });
    const { visitId } = await api.queue.checkIn.mutate({ patientId: patient.id, roomId: room.id, chiefComplaint: 'fever', priority: 'normal' });
    await api.queue.callNext.mutate({ roomId: room.id });
    await api.prescriptions.addLine.mutate({ visitId, line: { medicineId: paracetamol.id, doseValue: 1, doseUnit: 'tablet', frequency: 'TDS', durationDays: 5, route: 'oral', timing: 'afterFood', dispensing: 'in-house', quantity: 15 } });
    const note = await api.consultation.saveNote.mutate({ visitId, version: 0, note: { subjective: 'Fever', objective: '', assessment: 'URTI', plan: 'Paracetamol' } });
    const coded = await api.consultation.saveDiagnoses.mutate({ visitId, version: note.version, diagnoses: [{ code: 'J06.9', primary: true }] });
    await api.consultation.finish.mutate({ visitId, version: coded.version });
    const view = await api.dispensing.open.query({ visitId });
    await api.dispensing.dispense.mutate({ visitId, lines: view.lines.map((line) => ({ prescriptionLineId: line.prescriptionLineId, quantity: line.owed })) });
  } finally {
    await close();
  }
});

test.afterAll(async () => {
  await printer.close();
});

test('bills the panel its share at the counter, the patient pays the rest, and the month’s claim is sent and matched to the panel’s payment', async ({ page }) => {
  // No new window in this browser: PDFs come as downloads, which the test can read.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await signInAsOwner(page);
  await page.getByTestId('nav-clinic').click();
  await page.getByTestId('panel-row-SHELL').click();
  await page.getByTestId('panel-cap').fill('50');
  await page.getByTestId('panel-tin').fill('C20880050010');
  await page.getByTestId('panel-form-save').click();
  await expect(page.getByTestId('panel-row-SHELL')).toContainText('RM 50.00');

  await page.getByTestId('nav-billing').click();
  await page.getByTestId('counter-visit-A001').click();
  await expect(page.getByTestId('bill-total')).toHaveText('RM 63.50');
  await page.getByTestId('bill-panel').click();
  await page.getByTestId('bill-panel-SHELL').click();
  await expect(page.getByTestId('bill-panel-split')).toContainText(/covers RM\s50\.00; the patient pays RM\s13\.50/);
  await page.screenshot({ path: `${ARTIFACTS}/panel-01-split.png` });
  await page.getByTestId('bill-issue').click();

  await expect(page.getByTestId('invoice-balance')).toHaveText('RM 13.50');
  await expect(page.getByTestId('panel-share-total')).toHaveText('RM 50.00');
  await page.getByTestId('invoice-pay').click();
  await page.getByTestId('pay-amount-0').fill('20');
  await expect(page.getByTestId('pay-change')).toContainText('RM 6.50');
  await page.getByTestId('pay-confirm').click();
  await expect(page.getByTestId('invoice-status')).toHaveText('Paid');
  await page.screenshot({ path: `${ARTIFACTS}/panel-02-paid.png` });
  // The receipt printed by itself on the receipt printer, and the cash drawer opened.
  const [receipt] = decodeEscPos(await printer.waitFor((bytes) => holdsCut(bytes))).jobs;
  const receiptText = textOf(receipt).join('\n');
  expect(receiptText).toMatch(/JUMLAH \/ TOTAL +RM 13\.50/);
  expect(receiptText).toMatch(/Baki \/ Change +RM 6\.50/);
  expect(receipt.drawerPulses).toBe(1);

  await page.getByTestId('nav-claims').click();
  await expect(page.getByTestId('claims-aging-SHELL')).toContainText('RM 50.00');
  await page.getByTestId(`claims-create-SHELL-${MONTH}`).click();
  await expect(page.getByTestId('claims-batch-number')).toContainText(/CLM-\d{4}-000001 · Shell Malaysia/);
  await expect(page.getByTestId('claims-claim-0')).toContainText('SH-00912');
  await expect(page.getByTestId('claims-claim-0')).toContainText('J06.9');

  const downloaded = page.waitForEvent('download');
  await page.getByTestId('claims-statement-pdf').click();
  const statement = (await readPdf(await readFile(await (await downloaded).path()))).pages.join('\n').replace(/[ \t]+/g, ' ');
  expect(statement).toMatch(/STATEMENT OF CLAIMS CLM-\d{4}-000001/);
  expect(statement).toContain('Tan Ah Kow');
  expect(statement).toContain('C20880050010');
  expect(statement).toMatch(/Total claimed: RM\s50\.00/);

  await page.getByTestId('claims-paid-0').fill('48');
  await page.getByTestId('claims-deducted-0').fill('2');
  await page.getByTestId('claims-reference').fill('SHELL-PA-0042');
  await page.getByTestId('claims-received-on').fill(new Date().toISOString().slice(0, 10));
  await page.getByTestId('claims-record').click();
  await expect(page.getByTestId('claims-claim-status-0')).toHaveText('Paid');
  await expect(page.getByTestId('claims-batch-totals')).toContainText(/outstanding RM\s0\.00/);
  await expect(page.getByTestId('claims-aging-SHELL')).toHaveCount(0);
  await page.screenshot({ path: `${ARTIFACTS}/panel-03-claim-paid.png` });

  // 21:00: RM 100 float + RM 13.50 taken; the drawer is counted, the till closed, the day closed.
  await page.getByTestId('nav-till').click();
  await expect(page.getByTestId('till-expected')).toContainText(/RM\s113\.50/);
  await page.getByTestId('till-count').click();
  await page.getByTestId('count-10000').fill('1');
  await page.getByTestId('count-1000').fill('1');
  await page.getByTestId('count-100').fill('3');
  await page.getByTestId('count-50').fill('1');
  await expect(page.getByTestId('count-variance')).toHaveText('The drawer balances.');
  await page.getByTestId('count-confirm').click();
  await expect(page.getByTestId('day-panels')).toContainText(/RM\s50\.00/);
  await page.getByTestId('day-close').click();
  await page.getByTestId('day-close-dialog-confirm').click();
  await expect(page.getByTestId('day-closing')).toContainText(/closed: Z-\d{4}-0001/);
  await page.screenshot({ path: `${ARTIFACTS}/panel-04-day-closed.png` });
  const zDownload = page.waitForEvent('download');
  await page.getByTestId('day-closing').locator('[data-testid^="day-pdf-"]').click();
  const zReport = (await readPdf(await readFile(await (await zDownload).path()))).pages.join('\n').replace(/\s+/g, ' ');
  expect(zReport).toMatch(/Z REPORT Z-\d{4}-0001/);
  expect(zReport).toMatch(/Tunai \/ Cash \(1\) RM\s13\.50/);
  expect(zReport).toMatch(/Kepada panel \/ To panels RM\s50\.00/);
  // And on the receipt printer, as the clinic keeps it with the day's cash.
  await page.getByTestId('day-closing').locator('[data-testid^="day-print-"]').click();
  const jobs = decodeEscPos(await printer.waitFor((bytes) => holdsCut(bytes, 2))).jobs;
  expect(textOf(jobs[1]).join('\n')).toMatch(/Z REPORT Z-\d{4}-0001/);
});
