import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { readPdf } from '../support/pdf-pages';
import { hubForThisSpec, ownerApi, ownerIsTheDoctor, signInAsOwner } from './spec-hub';

/**
 * The doctor's room, as the issue tells it: the nurse records vitals before the doctor calls;
 * Dr Aminah calls the next patient, writes a SOAP note from a template, picks the ICD-10 code by
 * words, prescribes ibuprofen to a patient on long-term warfarin, sees the interaction, goes ahead
 * with a reason, issues an MC (PDF), finishes the visit, and the patient waits at the dispensary.
 * Rooms, the patient and his chart are made through the API; what is tested is clicked and typed.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const hub = hubForThisSpec({ setUp: true });

const rooms: Record<'one' | 'pharmacy' | 'payment', string> = { one: '', pharmacy: '', payment: '' };

test.beforeAll(async () => {
  const { api, close } = await ownerApi(hub);
  rooms.one = (await api.rooms.save.mutate({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true })).id;
  rooms.pharmacy = (await api.rooms.save.mutate({ code: 'RX', name: 'Farmasi', kind: 'pharmacy', ticketPrefix: 'F', active: true })).id;
  rooms.payment = (await api.rooms.save.mutate({ code: 'PAY', name: 'Kaunter Bayaran', kind: 'payment', ticketPrefix: 'C', active: true })).id;
  // The owner is the clinic's doctor: she signs MCs with her MMC number and may hand over controlled medicines.
  await ownerIsTheDoctor(api);
  const tan = await api.patients.register.mutate({
    fullName: 'Tan Ah Kow',
    identityType: 'mykad',
    identityNo: '700101-10-5111',
    phones: [],
    address: '',
    postcode: '',
    allergies: [{ allergen: 'Penicillin', reaction: 'rash', severity: 'moderate' }],
  });
  const [warfarin] = await api.medicines.search.query({ query: 'WAR5' });
  await api.chart.saveMedication.mutate({ patientId: tan.id, medicineName: 'Warfarin 5 mg', medicineId: warfarin.id, dose: '5 mg', frequency: 'OD', notes: '' });
  await api.queue.checkIn.mutate({ patientId: tan.id, roomId: rooms.one, chiefComplaint: 'fever and cough 3 days', priority: 'normal' });
  // Two deliveries of ibuprofen: the one that expires first has too few tablets for a course.
  const [ibuprofen] = await api.medicines.search.query({ query: 'IBU400' });
  const supplier = await api.suppliers.save.mutate({ name: 'Farmasi Borong Sdn Bhd', paymentTermsDays: 30, leadTimeDays: 5, active: true });
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  await api.purchasing.receiveGoods.mutate({
    supplierId: supplier.id,
    lines: [
      { medicineId: ibuprofen.id, batchNo: 'IB-EARLY', expiryDate: inDays(200), quantity: 5, unitCostSen: 12 },
      { medicineId: ibuprofen.id, batchNo: 'IB-LATER', expiryDate: inDays(500), quantity: 200, unitCostSen: 11 },
    ],
  });
  await close();
});

test('from the nurse’s vitals to the dispensary queue', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  // No new window in this browser: the MC's PDF comes as a download, which the test can read.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await signInAsOwner(page);

  // The nurse, at the queue: temperature flagged as it is typed.
  await page.getByTestId('nav-queue').click();
  await page.getByTestId('queue-ticket-A001').getByTestId('queue-vitals-A001').click();
  await page.getByTestId('vitals-systolic').fill('128');
  await page.getByTestId('vitals-diastolic').fill('82');
  await page.getByTestId('vitals-temperature').fill('38.4');
  await expect(page.getByTestId('vitals-temperature-note')).toContainText('High');
  await page.getByTestId('vitals-save').click();
  await expect(page.getByTestId('vitals-recording')).toBeVisible();
  await page.getByTestId('vitals-close').click();

  // The doctor calls the next patient: his visit opens with the nurse's vitals.
  await page.getByTestId('nav-consultation').click();
  await page.getByTestId('my-room-call-next').click();
  const banner = page.getByTestId('patient-banner');
  await expect(banner.getByTestId('banner-name')).toHaveText('Tan Ah Kow');
  await expect(banner).toContainText('56 y');
  await expect(banner.getByTestId('banner-allergies')).toContainText('Penicillin');
  await expect(page.getByTestId('section-vitals').getByTestId('vitals-value-temperature')).toContainText('38.4');

  // The note from a template, then the diagnosis by words from the ICD-10 list.
  await page.getByTestId('note-template').click();
  await page.getByTestId('note-template-URTI').click();
  await page.getByTestId('note-subjective').fill('Fever and cough for 3 days, body aches. No breathlessness.');
  await expect(page.getByTestId('note-save-state')).toContainText(/Saved/);
  // Kept as the doctor's own template, first in her list next time.
  await page.getByTestId('note-save-template').click();
  await page.getByTestId('template-name').fill('Flu with body aches');
  await page.getByTestId('template-save').click();
  await page.getByTestId('note-template').click();
  await expect(page.getByTestId('note-template-Flu with body aches')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+4');
  await page.getByTestId('diagnosis-search').fill('upper resp');
  await page.getByTestId('diagnosis-option-J06.9').click();
  await expect(page.getByTestId('diagnosis-J06.9')).toContainText('primary');

  // Ibuprofen for a patient on warfarin: stopped with the evidence, prescribed with a reason.
  await page.getByTestId('medicine-picker').fill('IBU400');
  await page.getByTestId('medicine-option-IBU400').click();
  await page.getByTestId('rx-add').click();
  await expect(page.getByTestId('rx-findings')).toContainText(/warfarin/i);
  await expect(page.getByTestId('rx-finding-interaction')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/consultation-interaction.png`, fullPage: true });
  await page.getByTestId('rx-override-reason').fill('INR 2.1 this week; 3 days only, review Friday');
  await page.getByTestId('rx-add').click();
  await expect(page.getByTestId('rx-line-ibuprofen')).toContainText('Prescribed despite a warning: INR 2.1 this week');

  // The MC, as a PDF that says what it must.
  await page.getByTestId('issue-mc').click();
  await page.getByTestId('mc-days').fill('2');
  const downloaded = page.waitForEvent('download');
  await page.getByTestId('mc-dialog-issue').click();
  const pdf = (await readPdf(await readFile(await (await downloaded).path()))).pages.join('\n');
  expect(pdf).toMatch(/MC-\d{4}-\d{5}/);
  expect(pdf).toContain('Tan Ah Kow');
  expect(pdf).toContain('54321');

  // A reload loses nothing: note, diagnosis and prescription are on the hub.
  await page.reload();
  await expect(page.getByTestId('note-subjective')).toHaveValue('Fever and cough for 3 days, body aches. No breathlessness.');
  await expect(page.getByTestId('diagnosis-J06.9')).toBeVisible();
  await expect(page.getByTestId('rx-line-ibuprofen')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/consultation-workspace.png`, fullPage: true });

  await page.keyboard.press('Control+Enter');
  await page.getByTestId('finish-ask-confirm').click();
  await expect(page.getByTestId('visit-finished')).toContainText('A001 is now waiting at Farmasi.');

  // The dispensary's queue has the ticket, as any call would show it.
  await page.getByTestId('nav-queue').click();
  await page.getByTestId('queue-room').click();
  await page.getByTestId('queue-room-RX').click();
  await expect(page.getByTestId('queue-ticket-A001')).toBeVisible();

  // At the dispensary the nine tablets come from both batches, the one expiring first emptied first.
  await page.getByTestId('nav-dispensary').click();
  await page.getByTestId('dispensary-visit-A001').click();
  const line = page.getByTestId(/^dispense-line-/);
  await expect(line.getByTestId('batch-take')).toHaveCount(2);
  await expect(line.getByTestId('batch-take').first()).toContainText('IB-EARLY');
  await expect(line.getByTestId('batch-take').first()).toContainText('5');
  await expect(line.getByTestId('batch-take').last()).toContainText('IB-LATER');
  // The interaction is shown again with the doctor's reason; the pharmacist confirms having seen it.
  await expect(page.getByText('INR 2.1 this week; 3 days only, review Friday')).toBeVisible();
  await page.getByTestId('dispense-findings-seen').check();
  await page.getByTestId('dispense-submit').click();
  const done = page.getByTestId('dispensing-done');
  await expect(done).toContainText(/PB-\d{4}-\d{6}/);
  const serial = (await done.textContent())?.match(/PB-\d{4}-\d{6}/)?.[0] ?? '';

  // The label: the patient, the medicine, directions in both languages, the Prescription Book reference.
  const labels = page.waitForEvent('download');
  await page.getByTestId('dispensing-labels').click();
  const label = (await readPdf(await readFile(await (await labels).path()))).pages.join('\n');
  expect(label).toContain('Tan Ah Kow');
  expect(label).toMatch(/ibuprofen/i);
  expect(label).toContain(serial);
  await page.screenshot({ path: `${ARTIFACTS}/dispensary-done.png`, fullPage: true });

  // The Prescription Book has the entry.
  await page.getByTestId('nav-registers').click();
  const entry = page.getByTestId(`register-row-${serial}`);
  await expect(entry).toContainText('Tan Ah Kow');
  await expect(entry).toContainText(/ibuprofen/i);
  await expect(entry).toContainText('9');
});
