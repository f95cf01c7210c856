import { expect, test, type Page } from '@playwright/test';
import type { TRPCClient } from '@trpc/client';
import type { AppRouter } from '../../src/main/api/router';
import { hubForThisSpec, ownerApi, signInAsOwner } from './spec-hub';

/**
 * Where the queue and the appointments meet at the front desk: a no-show asks first and can be
 * undone; a walk-in who has an appointment today is told so and checked in on it; an appointment
 * checked in after its patient walked in joins that ticket; weekly hours that share a room warn
 * and save when confirmed; the TV follows a skip. Rooms, doctors, hours, patients and bookings are
 * made through the API; what is tested is clicked.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const PAIRING_CODE = 'TVQUEUE26';
/** The booking is today, after now: in Kuala Lumpur's last half hour the clinic is in Dubai instead. */
const CLINIC_ZONE = minutesLeftToday('Asia/Kuala_Lumpur') >= 30 ? 'Asia/Kuala_Lumpur' : 'Asia/Dubai';
const hub = hubForThisSpec({ setUp: true, timeZone: CLINIC_ZONE });

type Api = TRPCClient<AppRouter>;

const DR_LEE = { username: 'drlee', displayName: 'Dr Lee', password: 'Doktor2026x' };
const DR_KUMAR = { username: 'drkumar', displayName: 'Dr Kumar', password: 'Doktor2026y' };

function minutesLeftToday(timeZone: string): number {
  const [hours, minutes] = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date()).split(':').map(Number);
  return 24 * 60 - (hours * 60 + minutes);
}

function clinicToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: CLINIC_ZONE }).format(new Date());
}

/** The clinic's wall clock to the minute, `HH:MM`: an appointment starting now has come, so it may be a no-show. */
function clinicMinute(): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: CLINIC_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date());
}

let serial = 2000;
async function registerPatient(api: Api, fullName: string): Promise<string> {
  serial += 1;
  return (await api.patients.register.mutate({ fullName, identityType: 'mykad', identityNo: `800101-10-${serial}`, phones: [], address: '', postcode: '', allergies: [] })).id;
}

const rooms: Record<'one' | 'two', string> = { one: '', two: '' };
/** Today's bookings with Dr Lee, by patient, with their start time. */
const booked: Record<string, { id: string; start: string }> = {};

test.beforeAll(async () => {
  const { api, close } = await ownerApi(hub);
  try {
    rooms.one = (await api.rooms.save.mutate({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true })).id;
    rooms.two = (await api.rooms.save.mutate({ code: '2', name: 'Bilik 2', kind: 'consultation', ticketPrefix: 'B', active: true })).id;
    await api.settings.display.save.mutate({ pairingCode: PAIRING_CODE, showMaskedNames: false, notice: '', languages: ['en'] });
    const lee = await api.users.create.mutate({ ...DR_LEE, roles: ['doctor'] });
    await api.users.create.mutate({ ...DR_KUMAR, roles: ['doctor'] });
    // Dr Lee works all day, every day, in room 1: whatever the hour, there is time left to book today.
    const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00', roomId: rooms.one }));
    await api.appointments.schedules.save.mutate({ doctorId: lee.id, slotMinutes: 5, sessions: allDay, breaks: [] });
    const consult = (await api.appointments.types.list.query()).find((type) => type.code === 'CONSULT');
    const date = clinicToday();
    const typeId = consult?.id ?? '';
    // Booked for this very minute (the minute may turn between reading the clock and booking: then once more).
    const limMei = await registerPatient(api, 'Lim Mei');
    const bookNow = async () => {
      const start = clinicMinute();
      return { id: (await api.appointments.book.mutate({ patientId: limMei, doctorId: lee.id, typeId, date: clinicToday(), start })).id, start };
    };
    booked['Lim Mei'] = await bookNow().catch(bookNow);
    for (const name of ['Tan Ah Kow', 'Ong Bee Lian']) {
      const patientId = await registerPatient(api, name);
      // The second free time, so it cannot pass while the test runs.
      const free = (await api.appointments.slots.query({ doctorId: lee.id, typeId, date })).filter((slot) => slot.free);
      const start = free[1]?.start ?? '';
      booked[name] = { id: (await api.appointments.book.mutate({ patientId, doctorId: lee.id, typeId, date, start })).id, start };
    }
    for (const name of ['Siti Aminah', 'Ravi Kumar']) {
      await api.queue.checkIn.mutate({ patientId: await registerPatient(api, name), roomId: rooms.two, chiefComplaint: 'demam', priority: 'normal' });
    }
  } finally {
    await close();
  }
});

async function openRoom(page: Page, code: string): Promise<void> {
  await page.getByTestId('nav-queue').click();
  await page.getByTestId('queue-room').click();
  await page.getByTestId(`queue-room-${code}`).click();
}

async function walkIn(page: Page, name: string): Promise<void> {
  await page.getByTestId('queue-checkin').click();
  await page.getByTestId('checkin-patient-search').locator('input').fill(name);
  await page.getByTestId('checkin-patient-search').locator('[data-testid^="patient-result-"]').first().click();
}

test('call a ticket, skip it: the TV no longer shows it as Now serving', async ({ page, context }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await signInAsOwner(page);
  const tv = await context.newPage();
  tv.on('pageerror', (error) => pageErrors.push(error.message));
  await tv.goto(`/#/display?code=${PAIRING_CODE}`);
  await expect(tv.getByTestId('display-current-ticket')).toHaveText('—');

  await page.bringToFront();
  await openRoom(page, '2');
  await page.getByTestId('queue-call-next').click();
  await expect(page.getByTestId('queue-current-ticket')).toHaveText('B001');
  await expect(tv.getByTestId('display-current-ticket')).toHaveText('B001');

  await page.getByTestId('queue-skip').click();
  await page.getByTestId('entry-action-save').click();
  await expect(page.getByTestId('queue-current')).toContainText('Nobody called yet.');
  await expect(tv.getByTestId('display-current-ticket')).not.toHaveText('B001');
  await expect(tv.getByTestId('display-current-ticket')).toHaveText('—');
  await tv.bringToFront();
  await tv.screenshot({ path: `${ARTIFACTS}/queue-appointments-tv-after-skip.png` });
  await tv.close();
  expect(pageErrors).toEqual([]);
});

test('a no-show asks first, naming patient and ticket, and can be undone from the snackbar', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await signInAsOwner(page);
  await openRoom(page, '2');
  const ravi = page.getByTestId('queue-ticket-B002');
  await expect(ravi).toContainText('Ravi Kumar');

  // Cancel changes nothing.
  await page.getByTestId('queue-no-show-B002').click();
  const ask = page.getByTestId('queue-no-show-ask');
  await expect(ask).toContainText('Mark Ravi Kumar (ticket B002) as a no-show?');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toHaveCount(0);
  await expect(ravi).toBeVisible();

  // Confirmed: the ticket leaves the list; Undo brings it back.
  await page.getByTestId('queue-no-show-B002').click();
  await page.getByTestId('queue-no-show-ask-confirm').click();
  await expect(ravi).toHaveCount(0);
  await expect(page.getByTestId('undo-snackbar')).toContainText('Marked B002 as no-show');
  await page.screenshot({ path: `${ARTIFACTS}/queue-appointments-no-show-undo.png`, fullPage: true });
  await page.getByTestId('undo-snackbar-undo').click();
  await expect(page.getByTestId('undo-snackbar')).toHaveCount(0);
  await expect(ravi).toContainText('Ravi Kumar');

  // The Now serving card asks too.
  await page.getByTestId('queue-call-next').click();
  await expect(page.getByTestId('queue-current-ticket')).toHaveText(/B00[12]/);
  const called = (await page.getByTestId('queue-current-ticket').textContent()) ?? '';
  await page.getByTestId('queue-current').getByTestId('queue-no-show').click();
  await expect(page.getByTestId('queue-no-show-ask')).toContainText(`(ticket ${called})`);
  await page.getByTestId('queue-no-show-ask-confirm').click();
  await expect(page.getByTestId('undo-snackbar')).toContainText(`Marked ${called} as no-show`);
  await expect(page.getByTestId('queue-current')).toContainText('Nobody called yet.');
  expect(pageErrors).toEqual([]);
});

test("an appointment's no-show asks first, naming patient, time and doctor, and can be undone", async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await signInAsOwner(page);
  await page.getByTestId('nav-appointments').click();
  await page.locator('[data-testid^="calendar-column-"] [data-testid^="appointment-"]', { hasText: 'Lim Mei' }).click();
  const details = page.getByTestId('appointment-details');
  await expect(details.getByTestId('appointment-status')).toHaveText('confirmed');
  await details.getByTestId('appointment-noShow').click();
  const ask = page.getByTestId('appointment-no-show-ask');
  const { start } = booked['Lim Mei'];
  await expect(ask).toContainText(`Mark Lim Mei as not turning up for the appointment at ${start} with ${DR_LEE.displayName}?`);
  await page.getByTestId('appointment-no-show-ask-confirm').click();
  await expect(details.getByTestId('appointment-status')).toHaveText('no-show');
  await expect(page.getByTestId('undo-snackbar')).toContainText(`Marked the ${start} appointment of Lim Mei as no-show`);
  await page.screenshot({ path: `${ARTIFACTS}/queue-appointments-appointment-no-show.png`, fullPage: true });
  await page.getByTestId('undo-snackbar-undo').click();
  await expect(details.getByTestId('appointment-status')).toHaveText('confirmed');
  await expect(details.getByTestId('appointment-history')).toContainText('no-show → confirmed');
  expect(pageErrors).toEqual([]);
});

test("a walk-in with an appointment today is told so, and the appointment is checked in instead", async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await signInAsOwner(page);
  await openRoom(page, '1');
  await walkIn(page, 'Tan Ah Kow');
  const offer = page.getByTestId('checkin-appointment-today');
  await expect(offer).toHaveText(new RegExp(`Tan Ah Kow has an appointment today at ${booked['Tan Ah Kow'].start} with ${DR_LEE.displayName}\\.`));
  await page.screenshot({ path: `${ARTIFACTS}/queue-appointments-walk-in-offer.png`, fullPage: true });
  await offer.getByTestId('checkin-appointment-instead').click();
  await expect(page.getByTestId('queue-issued')).toContainText('Ticket A001 issued.');
  await expect(page.getByTestId('queue-ticket-A001')).toContainText('Tan Ah Kow');

  // The appointment is the one checked in, with that ticket.
  await page.getByTestId('nav-appointments').click();
  const block = page.locator('[data-testid^="calendar-column-"] [data-testid^="appointment-"]', { hasText: 'Tan Ah Kow' });
  await block.click();
  const details = page.getByTestId('appointment-details');
  await expect(details.getByTestId('appointment-status')).toHaveText('checked in');
  await expect(details.getByTestId('appointment-ticket')).toHaveText('A001');
  expect(pageErrors).toEqual([]);
});

test('an appointment checked in after its patient walked in joins that ticket: no second one', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await signInAsOwner(page);
  await openRoom(page, '1');
  // The desk checks her in as a walk-in all the same.
  await walkIn(page, 'Ong Bee Lian');
  await expect(page.getByTestId('checkin-appointment-today')).toBeVisible();
  await page.getByTestId('checkin-save').click();
  await expect(page.getByTestId('queue-ticket-A002')).toContainText('Ong Bee Lian');

  await page.getByTestId('nav-appointments').click();
  await page.locator('[data-testid^="calendar-column-"] [data-testid^="appointment-"]', { hasText: 'Ong Bee Lian' }).click();
  const details = page.getByTestId('appointment-details');
  await details.getByTestId('appointment-checkIn').click();
  await details.getByTestId('appointment-checkin-save').click();
  await expect(details.getByTestId('appointment-joined-visit')).toContainText('checked in with ticket A002, no second ticket');
  await expect(details.getByTestId('appointment-status')).toHaveText('checked in');
  await expect(details.getByTestId('appointment-ticket')).toHaveText('A002');
  await page.screenshot({ path: `${ARTIFACTS}/queue-appointments-joined-visit.png`, fullPage: true });
  await page.keyboard.press('Escape');

  await openRoom(page, '1');
  await expect(page.locator('[data-testid^="queue-ticket-"]', { hasText: 'Ong Bee Lian' })).toHaveCount(1);
  expect(pageErrors).toEqual([]);
});

test("weekly hours in a room another doctor has then: warned by name and time, saved when confirmed", async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await signInAsOwner(page);
  await page.getByTestId('nav-schedules').click();
  await page.getByTestId('template-doctor').click();
  await page.getByRole('option', { name: new RegExp(DR_KUMAR.displayName) }).click();
  await page.getByTestId('template-add-session-1').click();
  await page.getByTestId('template-sessions-start-0').fill('9');
  await page.getByTestId('template-sessions-end-0').fill('12');
  await page.getByTestId('template-sessions-end-0').blur();
  await page.getByTestId('template-sessions-room-0').click();
  await page.getByRole('option', { name: /^1 ·/ }).click();
  await page.getByTestId('template-save').click();

  const warning = page.getByTestId('template-room-shares');
  await expect(warning).toContainText(`Room 1 · Bilik 1 is also ${DR_LEE.displayName}’s on Monday 00:00–24:00.`);
  await page.screenshot({ path: `${ARTIFACTS}/queue-appointments-room-share.png`, fullPage: true });
  // Cancel keeps the week unsaved; confirming saves it, and says so again.
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('template-saved-room-shares')).toHaveCount(0);
  await page.getByTestId('template-save').click();
  await page.getByTestId('template-room-shares-confirm').click();
  await expect(page.getByTestId('template-saved-room-shares')).toContainText(`Room 1 · Bilik 1 is also ${DR_LEE.displayName}’s on Monday 00:00–24:00.`);
  expect(pageErrors).toEqual([]);
});
