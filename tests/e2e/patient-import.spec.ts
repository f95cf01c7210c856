import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { OWNER, hubForThisSpec } from './spec-hub';

/**
 * The CSV import of a legacy system's patients in a browser: counts for the whole file, the
 * mapping changed in place after a check, and the import's progress.
 */
const ARTIFACTS = 'tests/e2e/artifacts';

hubForThisSpec({ setUp: true });

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/patient-import-${name}.png`, fullPage: true });
}

async function openImport(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login-username').fill(OWNER.username);
  await page.getByTestId('login-password').fill(OWNER.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-patients').click();
  await page.getByTestId('patient-import').click();
}

/** Chooses `column` for `field` in the mapping table, as a user does: open the list, click the column. */
async function mapColumn(page: Page, field: string, column: string): Promise<void> {
  await page.getByTestId(`import-map-${field}`).locator('..').getByRole('combobox').click();
  await page.getByRole('option', { name: column, exact: true }).click();
  await expect(page.getByTestId(`import-map-${field}`)).toHaveValue(column);
}

/** A valid MyKad number for patient `index`: 5,000 a birth day from 1980-01-01, state 14. */
function myKad(index: number): string {
  const born = new Date(Date.UTC(1980, 0, 1 + Math.floor(index / 5000)));
  const yymmdd = `${String(born.getUTCFullYear() % 100).padStart(2, '0')}${String(born.getUTCMonth() + 1).padStart(2, '0')}${String(born.getUTCDate()).padStart(2, '0')}`;
  return `${yymmdd}-14-${String(5001 + (index % 5000)).padStart(4, '0')}`;
}

/** `rows` patients with a legacy number column and an IC column; the IC of the rows in `badIc` does not exist. */
async function legacyCsv(rows: number, badIc: readonly number[], firstIc = 0): Promise<{ file: string; cleanUp: () => Promise<void> }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-e2e-import-'));
  const file = path.join(folder, 'legacy-patients.csv');
  const lines = ['Name,Legacy No,IC'];
  for (let index = 0; index < rows; index++) {
    const ic = badIc.includes(index) ? '801399-14-5001' : myKad(firstIc + index);
    lines.push(`Pesakit Lama ${firstIc + index + 1},L${String(firstIc + index + 1).padStart(5, '0')},${ic}`);
  }
  await writeFile(file, lines.join('\r\n'));
  return { file, cleanUp: () => rm(folder, { recursive: true, force: true }) };
}

test('counts cover the whole file, and the mapping changes in place after a check without choosing the file again', async ({ page }) => {
  // 60 rows: the preview lists the first 20; the rejected IC is row 51 of the file (the header is row 1).
  const { file, cleanUp } = await legacyCsv(60, [49]);
  try {
    await openImport(page);
    await page.getByTestId('import-file').setInputFiles(file);
    await mapColumn(page, 'identityNo', 'Legacy No');
    await page.getByTestId('import-check').click();
    // The legacy numbers are no document anyone knows: taken as "other" documents, all 60 of them.
    await expect(page.getByTestId('import-totals')).toContainText('60 rows: 60 to import, 0 rejected');

    // Still on the same screen, with the same file: the mapping unfolded, the IC column chosen instead, and checked again.
    await page.getByTestId('import-mapping-toggle').click();
    await mapColumn(page, 'identityNo', 'IC');
    await expect(page.getByTestId('import-totals')).toHaveCount(0);
    await page.getByTestId('import-check').click();
    await expect(page.getByTestId('import-totals')).toContainText('60 rows: 59 to import, 1 rejected');
    await shot(page, '01-remapped');
    await page.getByTestId('import-commit').click();
    await expect(page.getByTestId('import-result')).toContainText('59');
    await expect(page.getByTestId('import-rejected')).toContainText('Row 51');
  } finally {
    await cleanUp();
  }
});

test('a large import shows "Imported N of M" while it writes, counts every row, and its patients are found once it is done', async ({ page }) => {
  // 20,000 rows (the first test's ICs left alone): the commit writes a few hundred a chunk, so the progress shows for a while.
  const { file, cleanUp } = await legacyCsv(20_000, [19_999], 100);
  try {
    await openImport(page);
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-check').click();
    await expect(page.getByTestId('import-totals')).toContainText('20000 rows: 19999 to import, 1 rejected', { timeout: 60_000 });
    await page.getByTestId('import-commit').click();
    await expect(page.getByTestId('import-progress')).toContainText(/Imported \d+ of 19999/, { timeout: 30_000 });
    await shot(page, '02-progress');
    await expect(page.getByTestId('import-result')).toContainText('19999', { timeout: 120_000 });
    await expect(page.getByTestId('import-rejected')).toContainText('Row 20001');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('patient-search').fill('Pesakit Lama 20099');
    await expect(page.locator('[data-testid^="patient-result-"]')).toContainText('Pesakit Lama 20099');
  } finally {
    await cleanUp();
  }
});

test('Stop importing ends the import at the next chunk and adds nobody; the file can be checked again', async ({ page }) => {
  // Another 20,000 patients (after the other tests' ICs): long enough to stop partway.
  const { file, cleanUp } = await legacyCsv(20_000, [], 40_000);
  try {
    await openImport(page);
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-check').click();
    await expect(page.getByTestId('import-totals')).toContainText('20000 rows: 20000 to import', { timeout: 60_000 });
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-stop').click();
    await expect(page.getByTestId('import-stopped')).toContainText('Import stopped: no patients were added');
    await expect(page.getByTestId('import-check')).toBeEnabled();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('patient-search').fill('Pesakit Lama 40001');
    await expect(page.getByTestId('patient-search-empty')).toBeVisible();
  } finally {
    await cleanUp();
  }
});
