import { expect, test, type Page } from '@playwright/test';
import { hubForThisSpec, signInAsOwner } from './spec-hub';

/**
 * The chart kept across visits on the patient's record: a chronic problem with the year it began,
 * a long-term medication, and the social history, still there after a reload, each saying who
 * changed it.
 */
const ARTIFACTS = 'tests/e2e/artifacts';

hubForThisSpec({ setUp: true });

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/chart-${name}.png`, fullPage: true });
}

test('the owner records hypertension since 2015, warfarin 5 mg OD and a smoker of 10 a day, and finds them after a reload', async ({ page }) => {
  await signInAsOwner(page);
  await page.getByTestId('nav-patients').click();
  await page.getByTestId('patient-register').click();
  await page.getByTestId('patient-full-name').fill('Tan Ah Kow');
  await page.getByTestId('patient-identity-no').fill('600101-10-5123');
  await page.getByTestId('patient-save').click();
  await expect(page.getByTestId('patient-header')).toContainText('Tan Ah Kow');

  const problems = page.getByTestId('chart-problems');
  await expect(problems).toContainText('No problems recorded.');
  await page.getByTestId('chart-problem-add').fill('Hypertension');
  await page.getByTestId('chart-problem-add-onset').fill('2015');
  await page.getByTestId('chart-problem-add-chronic').check();
  await page.getByTestId('chart-problem-add').press('Enter');
  await expect(problems.getByTestId('chart-problem')).toContainText('Hypertension');
  // The line is cleared for the next problem.
  await expect(page.getByTestId('chart-problem-add')).toHaveValue('');

  // A problem typed on the wrong patient is closed as entered in error, with the reason; it stays on record.
  await page.getByTestId('chart-problem-add').fill('Asthma');
  await page.getByTestId('chart-problem-add').press('Enter');
  await problems.getByTestId('chart-problem').filter({ hasText: 'Asthma' }).getByTestId('chart-problem-close').click();
  await page.getByTestId('chart-problem-close-error').click();
  await page.getByTestId('chart-problem-close-reason').fill('wrong patient');
  await page.getByTestId('chart-problem-close-reason').press('Enter');
  await expect(problems.getByTestId('chart-problem')).toHaveCount(1);
  await problems.getByTestId('chart-problems-closed').click();
  await expect(problems.getByTestId('chart-problem').filter({ hasText: 'Asthma' })).toContainText('Entered in error: wrong patient');
  await problems.getByTestId('chart-problems-closed').click();

  await page.getByTestId('chart-medication-add').fill('Warfarin 5 mg');
  await page.getByTestId('chart-medication-add-dose').fill('5 mg');
  await page.getByTestId('chart-medication-add-frequency').fill('OD');
  await page.getByTestId('chart-medication-add-frequency').press('Enter');
  await expect(page.getByTestId('chart-medication')).toContainText('Warfarin 5 mg');

  await page.getByTestId('chart-history-smoking').click();
  await page.getByTestId('chart-history-smoking-current').click();
  await page.getByTestId('chart-history-sticks').fill('10');
  await page.getByTestId('chart-history-save').click();
  await expect(page.getByTestId('chart-history').getByRole('alert').filter({ hasText: 'Saved.' })).toBeVisible();
  await shot(page, 'recorded');

  const recordUrl = page.url();
  await page.reload();
  // A reload may ask for the password again (the session is not kept in the page): then back to the same record.
  await expect(page.getByTestId('login-username').or(page.getByTestId('patient-chart'))).toBeVisible();
  if (await page.getByTestId('login-username').isVisible()) {
    await signInAsOwner(page);
    await page.goto(recordUrl);
  }
  const problem = page.getByTestId('chart-problem');
  await expect(problem).toContainText('Hypertension');
  await expect(problem).toContainText('Chronic');
  await expect(problem).toContainText('since 2015');
  await expect(problem).toContainText('Changed by Dr Aminah');
  const medication = page.getByTestId('chart-medication');
  await expect(medication).toContainText('Warfarin 5 mg');
  await expect(medication).toContainText('5 mg · OD');
  await expect(page.getByTestId('chart-history-smoking')).toContainText('Smokes');
  await expect(page.getByTestId('chart-history-sticks')).toHaveValue('10');
  await expect(page.getByTestId('chart-history').getByTestId('chart-changed-by')).toContainText('Dr Aminah');
  await shot(page, 'after-reload');
});
