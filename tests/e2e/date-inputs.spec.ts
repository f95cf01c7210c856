import { expect, test, type Page } from '@playwright/test';
import { createTRPCClient, createWSClient, wsLink, type TRPCClient } from '@trpc/client';
import WebSocket from 'ws';
import type { AppRouter } from '../../src/main/api/router';
import { OWNER, hubForThisSpec, signInAsOwner } from './spec-hub';

/**
 * Issue 9, "date inputs are mm/dd/yyyy": whatever this PC's locale, dates are typed and shown day
 * first, an impossible one is refused at the field in the screen's language, and the audit log's
 * details read as words. The browser runs in en-US, the order the clinic used to be shown.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const DOCTOR = { username: 'drwong', displayName: 'Dr Wong Kar Mun', password: 'Doktor2026x' };
const PATIENT = { name: 'Nguyen Thi Hoa', passport: 'C7654321', nationality: 'Vietnam' };

const hub = hubForThisSpec({ setUp: true });
test.use({ locale: 'en-US' });

type Api = TRPCClient<AppRouter>;

async function withOwnerApi<T>(use: (api: Api) => Promise<T>): Promise<T> {
  const wsClient = createWSClient({ url: `${hub.url.replace(/^http/, 'ws')}/api`, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
  const api = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] });
  try {
    await api.auth.login.mutate({ username: OWNER.username, password: OWNER.password });
    return await use(api);
  } finally {
    await wsClient.close();
  }
}

/** The date `days` after today in the clinic's zone, `YYYY-MM-DD`. */
function clinicDaysAhead(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kuala_Lumpur' }).format(new Date());
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/date-inputs-${name}.png`, fullPage: true });
}

/** Opens the register dialog for a passport holder, whose birth date is typed (a MyKad's comes from the number). */
async function startPassportPatient(page: Page, name: string, passport: string, country: string): Promise<void> {
  await page.getByTestId('nav-patients').click();
  await page.getByTestId('patient-register').click();
  await page.getByTestId('patient-full-name').fill(name);
  await page.getByTestId('patient-identity-type-button').click();
  await page.getByTestId('patient-identity-type-passport').click();
  await page.getByTestId('patient-identity-no').fill(passport);
  await page.getByTestId('patient-nationality').fill(country);
  await page.locator('[data-testid^="patient-nationality-"][role="option"]').first().click();
}

test.beforeAll(async () => {
  // Dr Wong sees patients 09:00–17:00 every day in room 1.
  await withOwnerApi(async (api) => {
    const doctor = await api.users.create.mutate({ username: DOCTOR.username, displayName: DOCTOR.displayName, password: DOCTOR.password, roles: ['doctor'] });
    const room = await api.rooms.save.mutate({ code: 'B1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'B', active: true });
    const sessions = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00', roomId: room.id }));
    await api.appointments.schedules.save.mutate({ doctorId: doctor.id, slotMinutes: 15, sessions, breaks: [] });
  });
});

test('a birth date typed day first in the register dialog saves that day, and a booking typed day first is on that day', async ({ page }) => {
  await signInAsOwner(page);
  await startPassportPatient(page, PATIENT.name, PATIENT.passport, PATIENT.nationality);
  // 5 December 1990, as the desk writes it: a US-ordered field would have read 12 May.
  await page.getByTestId('patient-date-of-birth').fill('5-12-90');
  await page.getByTestId('patient-date-of-birth').blur();
  await expect(page.getByTestId('patient-date-of-birth')).toHaveValue('05/12/1990');
  await page.getByTestId('patient-save').click();
  await expect(page.getByTestId('patient-header')).toContainText(PATIENT.name);
  await expect(page.getByTestId('patient-date-of-birth')).toHaveValue('05/12/1990');
  const saved = await withOwnerApi((api) => api.patients.search.query({ query: PATIENT.passport }));
  expect(saved.map((patient) => patient.dateOfBirth)).toEqual(['1990-12-05']);

  // A booking 10 days ahead, typed with dots and no leading zeros.
  const day = clinicDaysAhead(10);
  const [year, month, date] = day.split('-').map(Number);
  await page.getByTestId('nav-appointments').click();
  await page.getByTestId('calendar-book').click();
  await page.getByTestId('booking-patient-search').locator('input').fill(PATIENT.name);
  await page.getByTestId('booking-patient-search').locator('[data-testid^="patient-result-"]').first().click();
  await page.getByTestId('booking-doctor').click();
  await page.getByRole('option', { name: DOCTOR.displayName }).click();
  await page.getByTestId('booking-type').click();
  await page.getByTestId('booking-type-CONSULT').click();
  await page.getByTestId('booking-date').fill(`${date}.${month}.${year}`);
  await page.getByTestId('slot-09:00').click();
  await expect(page.getByTestId('slot-09:00')).toHaveAttribute('aria-checked', 'true');
  await shot(page, '01-booking-typed-day-first');
  await page.getByTestId('booking-save').click();
  await expect(page.getByTestId('booking-dialog')).toHaveCount(0);
  const booked = await withOwnerApi(async (api) => api.appointments.forPatient.query({ patientId: saved[0]?.id ?? '' }));
  expect(booked.map((appointment) => [appointment.date, appointment.start])).toEqual([[day, '09:00']]);
});

test('an impossible date is refused at the field, in English and in Malay, and is not saved', async ({ page }) => {
  await signInAsOwner(page);
  await startPassportPatient(page, 'Rahim Uddin', 'EB7654321', 'Bangladesh');
  const birthDate = page.getByTestId('patient-date-of-birth');
  await birthDate.fill('31/02/1990');
  await expect(page.getByText('31/02/1990 is not a date on the calendar.')).toBeVisible();
  await expect(birthDate).toHaveAttribute('aria-invalid', 'true');
  // Typed month first, as the old field wanted: there is no 13th month.
  await birthDate.fill('12/13/1990');
  await expect(page.getByText('12/13/1990 is not a date on the calendar.')).toBeVisible();
  await birthDate.fill('1990');
  await birthDate.blur();
  await expect(page.getByText('Write the date day first: day/month/year, e.g. 25/12/2026.')).toBeVisible();
  await page.getByTestId('patient-save').click();
  await expect(birthDate).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('patient-header')).toHaveCount(0);
  await shot(page, '02-impossible-en');
  await page.keyboard.press('Escape');

  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'Bahasa Melayu' }).click();
  await startPassportPatient(page, 'Rahim Uddin', 'EB7654321', 'Bangladesh');
  await birthDate.fill('30.2.2001');
  await expect(page.getByText('30.2.2001 bukan tarikh yang wujud dalam kalendar.')).toBeVisible();
  await birthDate.fill('1/1/2099');
  await expect(page.getByText(/^Pilih .* atau hari sebelumnya\.$/)).toBeVisible();
  await shot(page, '03-impossible-ms');
});

test('an audit row opened reads the change in words: no braces, no ids', async ({ page }) => {
  const name = 'Pham Van Duc';
  await withOwnerApi(async (api) => {
    const registered = await api.patients.register.mutate({ fullName: name, identityType: 'passport', identityNo: 'C1122334', nationality: 'VNM', dateOfBirth: '1985-07-21' });
    const record = await api.patients.get.query({ id: registered.id });
    await api.patients.update.mutate({ ...record, email: 'duc@example.com', phones: ['012-555 0101'] });
  });
  await signInAsOwner(page);
  await page.getByTestId('nav-audit').click();
  const rows = page.locator('[data-testid^="audit-row-"]');
  const changed = rows.filter({ hasText: `changed the details of ${name}` });
  await changed.getByRole('button', { name: 'Show details' }).click();
  const detail = page.getByTestId('audit-change');
  await expect(detail).toContainText('Email');
  await expect(detail).toContainText('duc@example.com');
  await expect(detail).toContainText('Phone');
  const words = await detail.innerText();
  expect(words).not.toContain('{');
  expect(words).not.toMatch(UUID);
  expect(words).not.toContain('Full name');

  await rows.filter({ hasText: `registered ${name}` }).getByRole('button', { name: 'Show details' }).click();
  await expect(page.getByTestId('audit-change').filter({ hasText: 'Date of birth' })).toContainText('21 Jul 1985');
  for (const text of await page.getByTestId('audit-change').allInnerTexts()) {
    expect(text).not.toContain('{');
    expect(text).not.toMatch(UUID);
  }
  await shot(page, '04-audit-in-words');
});
