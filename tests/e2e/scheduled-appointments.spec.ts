import { expect, test, type Page } from '@playwright/test';
import { OWNER, hubForThisSpec } from './spec-hub';

/**
 * Appointments from set-up to the queue: the owner gives a doctor weekly hours and an
 * appointment type, the front desk books from the calendar (registering the patient inline),
 * a second desk's booking of the same time is refused in words, the appointment is moved,
 * the patient is checked in, and the ticket waits in the queue.
 * On a set-up clinic of this file's own, with the owner aminah, an admin.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const DOCTOR = { username: 'drlee', displayName: 'Dr Lee Mei Ling', password: 'Doktor2026x' };
const ROOM = { code: 'TJ1', name: 'Bilik Temu Janji', prefix: 'T' };
const TYPE = { code: 'SUSUL', name: 'Konsultasi susulan', minutes: '10' };
const PATIENT = { name: 'Siti Hajar binti Rahman', identityNo: '820315-10-5234' };
/** The clinic's zone (spec-hub.ts sets it): "today" on the calendar is this zone's. */
/**
 * The clinic's zone for this run. An appointment is booked, moved and checked in today, which needs
 * 30 minutes of the clinic's day: in Kuala Lumpur's last half hour the clinic is in Dubai instead.
 */
const CLINIC_ZONE = minutesLeftToday('Asia/Kuala_Lumpur') >= 30 ? 'Asia/Kuala_Lumpur' : 'Asia/Dubai';

hubForThisSpec({ setUp: true, timeZone: CLINIC_ZONE });

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/appointments-${name}.png`, fullPage: true });
}

async function signIn(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login-username').fill(OWNER.username);
  await page.getByTestId('login-password').fill(OWNER.password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('nav-appointments')).toBeVisible();
}

/** The date `days` after today in the clinic's zone, `YYYY-MM-DD`. */
function clinicDaysAhead(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: CLINIC_ZONE }).format(new Date());
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` date as the desk types it, day first: `05/12/2026`. */
function typedDay(date: string): string {
  return date.split('-').reverse().join('/');
}

function minutesLeftToday(timeZone: string): number {
  const [hours, minutes] = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date()).split(':').map(Number);
  return 24 * 60 - (hours * 60 + minutes);
}

/** The doctor, the room and the type this spec books with; each made only when missing. */
async function setUpClinic(page: Page): Promise<void> {
  await page.getByTestId('nav-clinic').click();
  await expect(page.locator('[data-testid^="room-row-"]').first().or(page.getByText('No rooms yet.'))).toBeVisible();
  if ((await page.getByTestId(`room-row-${ROOM.code}`).count()) === 0) {
    await page.getByTestId('room-code').fill(ROOM.code);
    await page.getByTestId('room-name').fill(ROOM.name);
    await page.getByTestId('room-prefix').fill(ROOM.prefix);
    await page.getByTestId('room-capacity').fill('1');
    await page.getByTestId('room-cleanup').fill('0');
    await page.getByTestId('room-form-save').click();
  }
  await expect(page.getByTestId(`room-row-${ROOM.code}`)).toBeVisible();

  await page.getByTestId('nav-users').click();
  await expect(page.getByTestId(`user-row-${OWNER.username}`)).toBeVisible();
  if ((await page.getByTestId(`user-row-${DOCTOR.username}`).count()) === 0) {
    await page.getByTestId('users-create').click();
    await page.getByTestId('user-username').fill(DOCTOR.username);
    await page.getByTestId('user-display-name').fill(DOCTOR.displayName);
    await page.getByTestId('user-password').fill(DOCTOR.password);
    await page.getByTestId('user-roles-button').click();
    await page.getByTestId('user-role-doctor').click();
    await page.keyboard.press('Escape');
    await page.getByTestId('user-save').click();
  }
  await expect(page.getByTestId(`user-row-${DOCTOR.username}`)).toContainText('Doctor');
}

/** Dr Lee works all day, every day, in room TJ1: whatever the hour the test runs, there is time left to book. */
async function setDoctorsWeek(page: Page): Promise<void> {
  await page.getByTestId('nav-schedules').click();
  await page.getByTestId('template-doctor').click();
  await page.getByRole('option', { name: new RegExp(DOCTOR.displayName) }).click();
  await page.getByTestId('template-slot-minutes').fill('5');
  await page.getByTestId('template-add-session-1').click();
  await page.getByTestId('template-sessions-start-0').fill('0');
  await page.getByTestId('template-sessions-end-0').fill('24');
  await page.getByTestId('template-sessions-end-0').blur();
  await expect(page.getByTestId('template-sessions-end-0')).toHaveValue('24:00');
  await page.getByTestId('template-sessions-room-0').click();
  await page.getByRole('option', { name: new RegExp(`^${ROOM.code} ·`) }).click();
  await page.getByTestId('template-copy-all-1').click();
  await expect(page.getByTestId('template-day-7')).toContainText(ROOM.code);
  await shot(page, '01-weekly-template');
  await page.getByTestId('template-save').click();
  await expect(page.getByTestId('template-form').getByText('Saved.')).toBeVisible();

  await page.getByTestId('schedules-tab-types').click();
  await page.getByTestId('type-code').fill(TYPE.code);
  await page.getByTestId('type-name').fill(TYPE.name);
  await page.getByTestId('type-duration').fill(TYPE.minutes);
  await page.getByTestId('type-form-save').click();
  await expect(page.getByTestId(`type-row-${TYPE.code}`)).toContainText('10 min');

  // Dr Lee is on a course tomorrow morning.
  await page.getByTestId('schedules-tab-blocks').click();
  await page.getByTestId('block-whose').click();
  await page.getByRole('option', { name: DOCTOR.displayName }).click();
  await page.getByTestId('block-from').fill(typedDay(clinicDaysAhead(1)));
  await page.getByTestId('block-from-time').fill('9:00');
  await page.getByTestId('block-to').fill(typedDay(clinicDaysAhead(1)));
  await page.getByTestId('block-to-time').fill('13:00');
  await page.getByTestId('block-reason').fill('Kursus CME');
  await page.getByTestId('block-save').click();
  await expect(page.locator('[data-testid^="block-row-"]', { hasText: 'Kursus CME' })).toContainText(DOCTOR.displayName);
}

/**
 * The second free time (5 minutes or more ahead on a 5-minute grid), so it cannot pass while
 * the test is still on its way to saving. Returns the time, e.g. `10:25`.
 */
async function chooseTimeAhead(page: Page): Promise<string> {
  const free = page.getByTestId('slot-picker').locator('[data-testid^="slot-"]:enabled').nth(1);
  const time = (await free.getAttribute('data-testid'))?.replace('slot-', '') ?? '';
  await free.click();
  await expect(page.getByTestId(`slot-${time}`)).toHaveAttribute('aria-checked', 'true');
  return time;
}

/** In an open booking dialog: Dr Lee, the follow-up type, today. */
async function chooseDoctorAndType(page: Page): Promise<void> {
  await page.getByTestId('booking-doctor').click();
  await page.getByRole('option', { name: DOCTOR.displayName }).click();
  await page.getByTestId('booking-type').click();
  await page.getByTestId(`booking-type-${TYPE.code}`).click();
}

test('weekly template → book from the calendar → double booking refused → reschedule → check in → ticket in the queue', async ({ page, context }) => {
  // Set-up, two front desks and the queue: longer than the default minute.
  test.setTimeout(150_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await signIn(page);
  await setUpClinic(page);
  await setDoctorsWeek(page);

  // The calendar moves by keys: → is tomorrow, T is back to today.
  await page.getByTestId('nav-appointments').click();
  const heading = page.getByTestId('calendar-heading');
  const today = await heading.textContent();
  await page.keyboard.press('ArrowRight');
  await expect(heading).not.toHaveText(today ?? '');
  await expect(page.locator('[data-testid^="calendar-column-"]').first()).toContainText('Leave · Kursus CME');
  await page.keyboard.press('t');
  await expect(heading).toHaveText(today ?? '');

  // Front desk 1 books a new patient, registered without leaving the booking.
  await page.getByTestId('calendar-book').click();
  await page.getByTestId('booking-register').click();
  await page.getByTestId('patient-full-name').fill(PATIENT.name);
  await page.getByTestId('patient-identity-no').fill(PATIENT.identityNo);
  await page.getByTestId('patient-save').click();
  await expect(page.getByTestId('booking-patient')).toContainText(PATIENT.name);
  await chooseDoctorAndType(page);
  // A day already gone says so, rather than that today's times have passed.
  await page.getByTestId('booking-date').fill(typedDay(clinicDaysAhead(-1)));
  await expect(page.getByTestId('slot-picker-empty')).toHaveText('That date has passed. Choose today or a later day.');
  await page.getByTestId('booking-date').fill(typedDay(clinicDaysAhead(0)));
  const time = await chooseTimeAhead(page);
  await shot(page, '02-booking');

  // Front desk 2, on another PC, picks the same time before desk 1 saves.
  const desk2 = await context.newPage();
  desk2.on('pageerror', (error) => pageErrors.push(error.message));
  await signIn(desk2);
  await desk2.getByTestId('nav-appointments').click();
  await expect(desk2.getByTestId('calendar-heading')).toHaveText(today ?? '');
  await desk2.keyboard.press('b');
  await desk2.getByTestId('booking-patient-search').locator('input').fill('Siti Hajar');
  await desk2.getByTestId('booking-patient-search').locator('[data-testid^="patient-result-"]').first().click();
  await chooseDoctorAndType(desk2);
  await desk2.getByTestId(`slot-${time}`).click();
  await expect(desk2.getByTestId(`slot-${time}`)).toHaveAttribute('aria-checked', 'true');

  await page.getByTestId('booking-save').click();
  await expect(page.getByTestId('booking-dialog')).toHaveCount(0);
  const block = page.locator('[data-testid^="calendar-column-"] [data-testid^="appointment-"]', { hasText: PATIENT.name });
  await expect(block).toContainText(time);
  await shot(page, '03-calendar-day');

  await desk2.getByTestId('booking-save').click();
  await expect(desk2.getByTestId('booking-dialog').getByRole('alert').filter({ hasText: 'already booked' })).toHaveText(new RegExp(`^${DOCTOR.displayName} is already booked ${time}–\\d\\d:\\d\\d\\. Choose another time\\.$`));
  await expect(desk2.getByTestId(`slot-${time}`)).toBeDisabled();
  await expect(desk2.getByTestId(`slot-${time}`)).toContainText('booked');
  await desk2.screenshot({ path: `${ARTIFACTS}/appointments-04-double-booking-refused.png` });
  await desk2.close();

  // Reschedule to the next free time, with the same slot picker.
  await block.click();
  const details = page.getByTestId('appointment-details');
  await expect(details.getByTestId('appointment-status')).toHaveText('confirmed');
  await details.getByTestId('appointment-reschedule').click();
  const movedTo = await chooseTimeAhead(page);
  expect(movedTo).not.toBe(time);
  await details.getByTestId('reschedule-reason').fill('Patient asked for later');
  await details.getByTestId('reschedule-save').click();
  await expect(details.getByTestId('appointment-done')).toContainText('Appointment moved.');
  await expect(details.getByTestId('appointment-when')).toContainText(`${movedTo}–`);
  await expect(details.getByTestId('appointment-history')).toContainText('Moved');

  // Check in: the room comes from Dr Lee's session; the ticket is that room's first.
  await details.getByTestId('appointment-checkIn').click();
  await expect(details.getByTestId('appointment-checkin-room')).toContainText(ROOM.code);
  await details.getByTestId('appointment-checkin-complaint').fill('Kontrol tekanan darah');
  await details.getByTestId('appointment-checkin-save').click();
  await expect(details.getByTestId('queue-issued')).toContainText(`Ticket ${ROOM.prefix}001 issued.`);
  await expect(details.getByTestId('appointment-status')).toHaveText('checked in');
  await shot(page, '05-checked-in');
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-queue').click();
  await page.getByTestId('queue-room').click();
  await page.getByTestId(`queue-room-${ROOM.code}`).click();
  await expect(page.getByTestId(`queue-ticket-${ROOM.prefix}001`)).toContainText(PATIENT.name);
  await shot(page, '06-queue');

  // W: Dr Lee's week, the checked-in appointment in today's column.
  await page.getByTestId('nav-appointments').click();
  await expect(heading).toHaveText(today ?? '');
  await page.keyboard.press('w');
  await expect(page.locator('[data-testid^="calendar-column-"]')).toHaveCount(7);
  await expect(page.locator('[data-testid^="calendar-column-"] [data-testid^="appointment-"]', { hasText: PATIENT.name })).toContainText(`${ROOM.prefix}001`);
  await shot(page, '07-week');
  expect(pageErrors).toEqual([]);
});

test('leave over a booked appointment → the warning names the patient → the calendar says it needs rescheduling', async ({ page }) => {
  // Dr Lee, the follow-up type and Siti Hajar come from the test above.
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const date = clinicDaysAhead(2);
  await signIn(page);

  // The desk books Siti Hajar with Dr Lee at 10:00 the day after tomorrow.
  await page.getByTestId('nav-appointments').click();
  await page.getByTestId('calendar-book').click();
  await page.getByTestId('booking-patient-search').locator('input').fill('Siti Hajar');
  await page.getByTestId('booking-patient-search').locator('[data-testid^="patient-result-"]').first().click();
  await chooseDoctorAndType(page);
  await page.getByTestId('booking-date').fill(typedDay(date));
  await page.getByTestId('slot-10:00').click();
  await expect(page.getByTestId('slot-10:00')).toHaveAttribute('aria-checked', 'true');
  await page.getByTestId('booking-save').click();
  await expect(page.getByTestId('booking-dialog')).toHaveCount(0);

  // Then Dr Lee falls ill: leave over that morning, saved all the same, and the patient is named.
  await page.getByTestId('nav-schedules').click();
  await page.getByTestId('schedules-tab-blocks').click();
  await page.getByTestId('block-whose').click();
  await page.getByRole('option', { name: DOCTOR.displayName }).click();
  await page.getByTestId('block-from').fill(typedDay(date));
  await page.getByTestId('block-from-time').fill('08:00');
  await page.getByTestId('block-to').fill(typedDay(date));
  await page.getByTestId('block-to-time').fill('1200');
  await page.getByTestId('block-reason').fill('Cuti sakit');
  await page.getByTestId('block-save').click();
  const warning = page.getByTestId('stranded-alert');
  await expect(warning).toContainText('One booked appointment now falls outside the schedule');
  await expect(warning.getByTestId('stranded-list')).toContainText(`${PATIENT.name} · ${dayMonthYear(date)}, 10:00–10:10`);
  await expect(warning.getByTestId('stranded-list')).toContainText(`${DOCTOR.displayName} · doctor on leave`);
  await expect(page.locator('[data-testid^="block-row-"]', { hasText: 'Cuti sakit' })).toContainText(DOCTOR.displayName);
  await shot(page, '08-leave-strands-booking');

  // The calendar's banner lists it for whoever opens the appointments page.
  await page.getByTestId('nav-appointments').click();
  const banner = page.getByTestId('stranded-banner');
  await expect(banner).toContainText(/need(s)? rescheduling/);
  await banner.getByTestId('stranded-banner-toggle').click();
  await expect(banner.getByTestId('stranded-list')).toContainText(PATIENT.name);
  await shot(page, '09-needs-rescheduling');
  expect(pageErrors).toEqual([]);
});

/** How the screens write a calendar day in English: `Saturday, 5 Dec 2026`. */
function dayMonthYear(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
