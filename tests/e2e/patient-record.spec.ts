import { expect, test, type Page } from '@playwright/test';
import { OWNER, hubForThisSpec, signInAsOwner } from './spec-hub';

/**
 * The patient record as the desk keeps it correct: a phone typed the local way is stored and shown
 * in international form and found that way; a MyKad kept as another document is offered as a
 * MyKad on edit; "no known allergies" is a statement someone records, until an allergy replaces it.
 */
const ARTIFACTS = 'tests/e2e/artifacts';

hubForThisSpec({ setUp: true });

/** Today on the clinic's calendar (Asia/Kuala_Lumpur), as the screens write a date in English. */
const CLINIC_TODAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Kuala_Lumpur', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date());

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/patient-record-${name}.png`, fullPage: true });
}

async function openPatients(page: Page): Promise<void> {
  await signInAsOwner(page);
  await page.getByTestId('nav-patients').click();
}

/** Registers a patient through the form and waits for her record to open. */
async function register(page: Page, fullName: string, fill: () => Promise<void>): Promise<void> {
  await page.getByTestId('patient-register').click();
  await page.getByTestId('patient-full-name').fill(fullName);
  await fill();
  await page.getByTestId('patient-save').click();
  await expect(page.getByTestId('patient-header')).toContainText(fullName);
}

test('a phone typed as 012-345 6789 is shown as +60 12 345 6789 and found by +60123456789', async ({ page }) => {
  await openPatients(page);
  await register(page, 'Tan Ah Kow', async () => {
    await page.getByTestId('patient-identity-no').fill('800101-10-5123');
    await page.getByTestId('patient-phone-0').fill('012-345 6789');
  });
  await expect(page.getByTestId('patient-header')).toContainText('+60 12 345 6789');
  await expect(page.getByTestId('patient-phone-0')).toHaveValue('+60 12 345 6789');

  // A number that cannot be a phone is refused under the phone itself.
  await page.getByTestId('patient-phone-0').fill('12345 6');
  await page.getByTestId('patient-save').click();
  await expect(page.locator('[data-field="phones.0"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('This is not a phone number that can be dialled.').first()).toBeVisible();
  // So is an emergency contact's, under the contact's phone.
  await page.getByTestId('patient-phone-0').fill('012-345 6789');
  await page.locator('[data-field="emergencyContact.name"]').fill('Lim Mei Ling');
  const contactPhone = page.locator('[data-field="emergencyContact.phone"]');
  await contactPhone.fill('99999 9');
  await page.getByTestId('patient-save').click();
  await expect(contactPhone).toHaveAttribute('aria-invalid', 'true');
  await contactPhone.fill('019-888 7777');
  await page.getByTestId('patient-save').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(contactPhone).toHaveValue('+60 19 888 7777');

  await page.getByTestId('patient-back').click();
  await page.getByTestId('patient-search').fill('+60123456789');
  const result = page.locator('[data-testid^="patient-result-"]');
  await expect(result).toHaveCount(1);
  await expect(result).toContainText('Tan Ah Kow');
  await expect(result).toContainText('+60 12 345 6789');
  await shot(page, '01-phone-found');
});

test('an other document that is a MyKad is offered as one on edit: Keep as it is closes the offer, Use MyKad switches', async ({ page }) => {
  await openPatients(page);
  await register(page, 'Siti Other Document', async () => {
    await page.getByTestId('patient-identity-type-button').click();
    await page.getByTestId('patient-identity-type-other').click();
    await page.getByTestId('patient-identity-no').fill('850615 14 5232');
    await page.getByTestId('patient-save').click();
    // Registration asks first; the desk keeps it as another document for now.
    await page.getByTestId('patient-keep-other-document').click();
  });
  const offer = page.getByTestId('patient-looks-like-mykad');
  await expect(offer).toContainText('This number looks like a MyKad.');
  await page.getByTestId('patient-keep-as-is').click();
  await expect(offer).toBeHidden();

  // Nothing of "keep" was remembered: the record opened again offers it again.
  await page.reload();
  await expect(offer).toBeVisible();
  await shot(page, '02-looks-like-mykad');
  await page.getByTestId('patient-use-mykad').click();
  await expect(offer).toBeHidden();
  await expect(page.getByTestId('patient-identity-type-button')).toHaveText('MyKad');
  await expect(page.getByTestId('patient-identity-no')).toHaveValue('850615-14-5232');
  await expect(page.getByTestId('patient-date-of-birth')).toHaveValue('15/06/1985');
  await page.getByTestId('patient-save').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Saved.' })).toBeVisible();
  const header = page.getByTestId('patient-header');
  await expect(header).toContainText('MyKad 850615-14-5232');
  await expect(header).toContainText('15 Jun 1985');
});

test('recording "no known allergies" shows who and when in the header and the search; adding an allergy replaces it', async ({ page }) => {
  await openPatients(page);
  await register(page, 'Lim No Allergy', async () => {
    await page.getByTestId('patient-identity-no').fill('900303-14-5677');
  });
  await expect(page.getByTestId('patient-allergies-not-recorded')).toHaveText('Allergies not recorded — ask the patient');

  await page.getByTestId('patient-no-known-allergies').check();
  await page.getByTestId('patient-save').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Saved.' })).toBeVisible();
  const statement = `No known allergies — recorded by ${OWNER.displayName}, ${CLINIC_TODAY}`;
  await expect(page.getByTestId('patient-no-known-allergies-recorded')).toHaveText(statement);
  await expect(page.getByTestId('patient-allergies-not-recorded')).toBeHidden();
  await shot(page, '03-no-known-allergies');

  await page.getByTestId('patient-back').click();
  await page.getByTestId('patient-search').fill('Lim No Allergy');
  await expect(page.getByTestId('search-result-allergies')).toHaveText('No known allergies');
  await page.getByTestId('patient-search').press('Enter');

  await page.getByTestId('patient-add-allergy').click();
  await expect(page.getByTestId('patient-no-known-allergies')).toBeHidden();
  await page.getByTestId('patient-allergen-0').fill('Latex');
  await page.getByTestId('patient-save').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Saved.' })).toBeVisible();
  const allergies = page.getByTestId('patient-allergies');
  await expect(allergies.locator('.MuiChip-root')).toContainText('Latex');
  await expect(page.getByTestId('patient-no-known-allergies-recorded')).toBeHidden();

  await page.getByTestId('patient-history-open').click();
  // The history shows the statement that was, and none after the allergy.
  const change = page.getByTestId('patient-version-3').getByTestId('patient-change-noKnownAllergiesRecorded');
  await expect(change.locator('td').nth(1)).toHaveText(statement);
  await expect(change.locator('td').nth(2)).toHaveText('—');
  await shot(page, '04-allergy-replaces-statement');
});
