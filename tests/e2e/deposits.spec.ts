import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { readPdf } from '../support/pdf-pages';
import { hubForThisSpec, ownerApi, signInAsOwner } from './spec-hub';

/**
 * A deposit at the counter in a browser: the cashier finds the patient's account by the patient
 * search, takes RM 50.00 in cash (its receipt as a PDF), gives RM 20.00 back with a reason, and the
 * drawer should hold the float plus what stayed; the statement of account prints for the month.
 */
const hub = hubForThisSpec({ setUp: true });
const ARTIFACTS = 'tests/e2e/artifacts';

test.beforeAll(async () => {
  const { api, close } = await ownerApi(hub);
  try {
    await api.patients.register.mutate({ fullName: 'Rajesh a/l Kumar', identityType: 'mykad', identityNo: '750505-14-5333', phones: [], address: '', postcode: '', allergies: [] });
  } finally {
    await close();
  }
});

test('takes a deposit into the till with its receipt, gives part of it back, and the drawer counts both', async ({ page }) => {
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await signInAsOwner(page);
  await page.getByTestId('nav-till').click();
  await page.getByTestId('till-float').fill('100');
  await page.getByTestId('till-open').click();
  await expect(page.getByTestId('till-expected')).toContainText(/RM\s100\.00/);

  await page.getByTestId('nav-billing').click();
  await page.getByTestId('find-account').getByTestId('patient-search').fill('Rajesh');
  await page.locator('[data-testid^="patient-result-"]').first().click();
  await expect(page.getByTestId('patient-account')).toContainText('Rajesh a/l Kumar');
  await expect(page.getByTestId('deposit-balance')).toContainText(/RM\s0\.00/);
  await page.getByTestId('deposit-amount').fill('50');
  await page.getByTestId('deposit-take').click();
  await expect(page.getByTestId('deposit-taken')).toContainText(/Deposit taken\. Receipt RCP-\d{4}-000001\./);
  await expect(page.getByTestId('deposit-balance')).toContainText(/RM\s50\.00/);
  const receiptPdf = page.waitForEvent('download');
  await page.getByTestId('deposit-receipt-pdf').click();
  const receipt = (await readPdf(await readFile(await (await receiptPdf).path()))).pages.join('\n').replace(/[ \t]+/g, ' ');
  expect(receipt).toContain('RESIT DEPOSIT / DEPOSIT RECEIPT');
  expect(receipt).toContain('Rajesh a/l Kumar');

  await page.getByTestId('deposit-back-amount').fill('20');
  await page.getByTestId('deposit-back-reason').fill('Asked for part of it back');
  await page.getByTestId('deposit-refund').click();
  await expect(page.getByTestId('deposit-balance')).toContainText(/RM\s30\.00/);
  await page.screenshot({ path: `${ARTIFACTS}/deposits-01-account.png` });

  const statementPdf = page.waitForEvent('download');
  await page.getByTestId('patient-statement-pdf').click();
  const statement = (await readPdf(await readFile(await (await statementPdf).path()))).pages.join('\n').replace(/[ \t]+/g, ' ');
  expect(statement).toContain('PENYATA AKAUN / STATEMENT OF ACCOUNT');
  expect(statement).toMatch(/Deposit dipegang \/ Deposit held RM\s30\.00/);

  await page.getByTestId('nav-till').click();
  await expect(page.getByTestId('till-expected')).toContainText(/RM\s130\.00/);
});
