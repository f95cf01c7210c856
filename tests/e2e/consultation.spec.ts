import { expect, test } from '@playwright/test';
import { hubForThisSpec, ownerApi, signInAsOwner } from './spec-hub';

/**
 * The doctor's room, as Dr Aminah works through a patient: the nurse's vitals are there, she
 * calls the next patient, writes a SOAP note from a template, finishes the visit, and the patient
 * waits at the dispensary or the cashier. Rooms and patients are made through the API; what is
 * tested is clicked and typed.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const hub = hubForThisSpec({ setUp: true });

const rooms: Record<'one' | 'pharmacy' | 'payment', string> = { one: '', pharmacy: '', payment: '' };

test.beforeAll(async () => {
  const { api, close } = await ownerApi(hub);
  rooms.one = (await api.rooms.save.mutate({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true })).id;
  rooms.payment = (await api.rooms.save.mutate({ code: 'PAY', name: 'Kaunter Bayaran', kind: 'payment', ticketPrefix: 'C', active: true })).id;
  const tan = await api.patients.register.mutate({
    fullName: 'Tan Ah Kow',
    identityType: 'mykad',
    identityNo: '700101-10-5111',
    phones: [],
    address: '',
    postcode: '',
    allergies: [{ allergen: 'Penicillin', reaction: 'rash', severity: 'moderate' }],
  });
  await api.queue.checkIn.mutate({ patientId: tan.id, roomId: rooms.one, chiefComplaint: 'fever and cough 3 days', priority: 'normal' });
  await close();
});

test('the doctor calls the next patient, writes the note from a template, and finishes the visit', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signInAsOwner(page);
  await page.getByTestId('nav-consultation').click();
  await page.getByTestId('my-room-call-next').click();

  const banner = page.getByTestId('patient-banner');
  await expect(banner.getByTestId('banner-name')).toHaveText('Tan Ah Kow');
  await expect(banner).toContainText('56 y');
  await expect(banner.getByTestId('banner-complaint')).toContainText('fever and cough 3 days');
  await expect(banner.getByTestId('banner-allergies')).toContainText('Penicillin');

  await page.getByTestId('note-template').click();
  await page.getByTestId('note-template-URTI').click();
  await expect(page.getByTestId('note-assessment')).toHaveValue('Upper respiratory tract infection.');
  await page.getByTestId('note-subjective').fill('Fever and cough for 3 days, no breathlessness.');
  await expect(page.getByTestId('note-save-state')).toContainText(/Saved/);

  // The diagnosis by words, from the full ICD-10 list; never a code typed by hand.
  await page.keyboard.press('Alt+4');
  await page.getByTestId('diagnosis-search').fill('upper resp');
  await page.getByTestId('diagnosis-option-J06.9').click();
  await expect(page.getByTestId('diagnosis-J06.9')).toContainText('primary');

  // A reload loses nothing typed: the hub has the note.
  await page.reload();
  await expect(page.getByTestId('note-subjective')).toHaveValue('Fever and cough for 3 days, no breathlessness.');
  await expect(page.getByTestId('diagnosis-J06.9')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/consultation-note.png`, fullPage: true });

  await page.keyboard.press('Control+Enter');
  await page.getByTestId('finish-ask-confirm').click();
  await expect(page.getByTestId('visit-finished')).toContainText('A001 is now waiting at Kaunter Bayaran.');

  // The cashier's queue has the ticket, as any call would show it.
  await page.getByTestId('nav-queue').click();
  await page.getByTestId('queue-room').click();
  await page.getByTestId('queue-room-PAY').click();
  await expect(page.getByTestId('queue-ticket-A001')).toBeVisible();
});
