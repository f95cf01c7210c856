import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { fhirProblemsOf } from '../support/fhir-validator';
import { hubForThisSpec, signInAsOwner } from './spec-hub';

/** The patient record's "Export record (FHIR)" saves `<MRN>-fhir.json`: a bundle another system can read. */
hubForThisSpec({ setUp: true });

test('the owner exports a patient with a chronic problem and gets a valid FHIR R4 bundle named by the MRN', async ({ page }) => {
  await signInAsOwner(page);
  await page.getByTestId('nav-patients').click();
  await page.getByTestId('patient-register').click();
  await page.getByTestId('patient-full-name').fill('Tan Ah Kow');
  await page.getByTestId('patient-identity-no').fill('600101-10-5123');
  await page.getByTestId('patient-save').click();
  await expect(page.getByTestId('patient-header')).toContainText('Tan Ah Kow');
  await page.getByTestId('chart-problem-add').fill('Hypertension');
  await page.getByTestId('chart-problem-add').press('Enter');
  await expect(page.getByTestId('chart-problem')).toContainText('Hypertension');

  const saved = page.waitForEvent('download');
  await page.getByTestId('patient-export-fhir').click();
  const download = await saved;
  const mrn = /^(.+)-fhir\.json$/.exec(download.suggestedFilename())?.[1];
  expect(mrn).toBeTruthy();
  const bundle = JSON.parse(await readFile(await download.path(), 'utf8')) as { resourceType: string; entry: { resource: { resourceType: string; identifier?: { value: string }[] } }[] };
  expect(bundle.resourceType).toBe('Bundle');
  expect(fhirProblemsOf(bundle)).toEqual([]);
  const patient = bundle.entry.find((entry) => entry.resource.resourceType === 'Patient')?.resource;
  expect(patient?.identifier?.map((identifier) => identifier.value)).toContain(mrn);
  expect(bundle.entry.map((entry) => entry.resource.resourceType)).toContain('Condition');
});
