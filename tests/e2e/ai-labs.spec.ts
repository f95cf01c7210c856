import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_AI_SETTINGS } from '../../src/shared/schemas/ai';
import { LAB_PDF_MAX_BYTES } from '../../src/shared/schemas/ai-labs';
import { labReportPdf, scannedReportPdf } from '../support/lab-report-pdf';
import { OpenAiStandIn } from '../support/openai-stand-in';
import { hubForThisSpec, ownerApi, ownerIsTheDoctor, signInAsOwner } from './spec-hub';

/**
 * An outside lab's report read into the visit's note, with AI off (the local reading): the doctor
 * uploads the lab's text PDF, sees the high and low results flagged, corrects a value (its flag
 * follows), removes a row and adds the rest to the Objective, which the note's autosave keeps on
 * the hub. Pasted text works the same; a scanned PDF is refused with what to do instead. Last,
 * with AI on (the local stand-in), the model's rows are edited before adding and the AI log says so.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const FIXTURES = 'src/main/ai/features/labs/fixtures';
const PATHLAB = readFileSync(`${FIXTURES}/pathlab-fbc-lipid.txt`, 'utf8');
const LABLINK = readFileSync(`${FIXTURES}/lablink-diabetes.txt`, 'utf8');
const hub = hubForThisSpec({ setUp: true });
let server: OpenAiStandIn;
const visits = { pdf: '', pasted: '', scanned: '', model: '' };

/** The window as the doctor sees it: a whole-page picture would cut the dialog off its page. */
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/ai-labs-${name}.png` });
}

async function openVisit(page: Page, visitId: string): Promise<void> {
  await signInAsOwner(page);
  await page.goto(`/#/consultation?visit=${visitId}`);
  await expect(page.getByTestId('note-objective')).toBeVisible();
}

function row(page: Page, test: string) {
  return page.locator(`[data-testid="lab-row"][data-test="${test}"]`);
}

/** The note as the hub holds it, read through the API as any other screen would. */
async function savedObjective(visitId: string): Promise<string> {
  const { api, close } = await ownerApi(hub);
  try {
    return (await api.consultation.visit.query({ visitId })).encounter?.note.objective ?? '';
  } finally {
    await close();
  }
}

test.beforeAll(async () => {
  server = await OpenAiStandIn.start();
  const { api, close } = await ownerApi(hub);
  try {
    // The model server is set up but AI is off: the rows are the local reading, and nothing is sent.
    await api.settings.ai.save.mutate({ ...DEFAULT_AI_SETTINGS, enabled: false, baseUrl: server.baseUrl, defaultModel: 'llama3.2:3b' });
    await ownerIsTheDoctor(api);
    const people = {
      pdf: ['Siti Nurhaliza binti Abdullah', '850312-14-5678'],
      pasted: ['Tan Wei Ming', '781123-10-5333'],
      scanned: ['Rahman bin Yusof', '620505-10-5111'],
      model: ['Lim Mei Ling', '900214-10-5522'],
    } as const;
    // A room each: calling the next patient into a room finishes the visit that was in it.
    for (const [index, key] of (['pdf', 'pasted', 'scanned', 'model'] as const).entries()) {
      const [fullName, identityNo] = people[key];
      const room = await api.rooms.save.mutate({ code: String(index + 1), name: `Bilik ${index + 1}`, kind: 'consultation', ticketPrefix: 'ABCD'[index], active: true });
      const patient = await api.patients.register.mutate({ fullName, identityType: 'mykad', identityNo, allergies: [] });
      const { visitId } = await api.queue.checkIn.mutate({ patientId: patient.id, roomId: room.id, chiefComplaint: 'lab results review', priority: 'normal' });
      await api.queue.callNext.mutate({ roomId: room.id });
      visits[key] = visitId;
    }
  } finally {
    await close();
  }
});
test.afterAll(() => server.close());

test('a lab’s text PDF becomes flagged rows; a corrected value is flagged again and the rows go into the saved note', async ({ page }) => {
  await openVisit(page, visits.pdf);
  await page.getByTestId('note-objective').fill('BP 128/82, pale conjunctivae.');

  await page.getByTestId('lab-report-open').click();
  const dialog = page.getByTestId('lab-report');
  await dialog.getByTestId('lab-report-file').setInputFiles({ name: 'pathlab-siti.pdf', mimeType: 'application/pdf', buffer: await labReportPdf(PATHLAB) });
  await expect(dialog.getByTestId('lab-report-pdf')).toContainText('pathlab-siti.pdf');
  await dialog.getByTestId('lab-report-extract').click();

  const draft = dialog.getByTestId('lab-report-draft');
  await expect(draft.getByTestId('ai-draft-notice')).toHaveAttribute('data-source', 'local');
  await expect(draft.getByTestId('ai-draft-notice')).toContainText('clinician support only');
  await expect(draft.getByTestId('lab-row')).toHaveCount(13);
  // A high result, in red, as the lab printed it.
  await expect(row(page, 'ESR').getByTestId('lab-row-value')).toHaveValue('28');
  await expect(row(page, 'ESR').getByTestId('lab-row-range')).toHaveValue('0 - 20');
  await expect(row(page, 'ESR').getByTestId('lab-row-flag')).toHaveAttribute('data-flag', 'high');
  await expect(row(page, 'ESR').getByTestId('lab-row-flag')).toHaveText('High');
  await expect(row(page, 'ESR').getByTestId('lab-row-flag').locator('p')).toHaveCSS('color', 'rgb(211, 47, 47)');
  await expect(row(page, 'TOTAL CHOLESTEROL').getByTestId('lab-row-flag')).toHaveAttribute('data-flag', 'high');
  await expect(row(page, 'PLATELETS').getByTestId('lab-row-flag')).toHaveAttribute('data-flag', 'normal');
  await expect(row(page, 'HAEMOGLOBIN').getByTestId('lab-row-flag')).toHaveAttribute('data-flag', 'low');
  await shot(page, '01-rows');

  // The doctor corrects a value misread from the report: the flag is worked out again from the range.
  await row(page, 'HAEMOGLOBIN').getByTestId('lab-row-value').fill('12.5');
  await expect(row(page, 'HAEMOGLOBIN').getByTestId('lab-row-flag')).toHaveAttribute('data-flag', 'normal');
  await row(page, 'PLATELETS').getByTestId('lab-row-value').fill('520');
  await expect(row(page, 'PLATELETS').getByTestId('lab-row-flag')).toHaveAttribute('data-flag', 'high');
  await row(page, 'TC:HDL RATIO').getByTestId('lab-row-remove').click();
  await expect(draft.getByTestId('lab-row')).toHaveCount(12);
  await dialog.getByTestId('lab-report-accept').click();
  await expect(dialog).toBeHidden();

  const objective = page.getByTestId('note-objective');
  await expect(objective).toHaveValue(/^BP 128\/82, pale conjunctivae\.\nOutside lab report:\nHAEMOGLOBIN: 12\.5 g\/dL \(12\.0 - 15\.0\)\n/);
  await expect(objective).toHaveValue(/\nESR: 28 mm\/hr \(0 - 20\) HIGH\n/);
  await expect(objective).toHaveValue(/\nPLATELETS: 520 x10\^9\/L \(150 - 410\) HIGH\n/);
  await expect(objective).not.toHaveValue(/TC:HDL/);
  await shot(page, '02-note');

  // Nothing but the note's own autosave writes it: the hub has the lines a moment after they appear.
  await expect.poll(() => savedObjective(visits.pdf)).toContain('ESR');
  await expect(page.getByTestId('note-save-state')).toContainText(/Saved/);
  const saved = await savedObjective(visits.pdf);
  expect(saved.split('\n')).toEqual([
    'BP 128/82, pale conjunctivae.',
    'Outside lab report:',
    'HAEMOGLOBIN: 12.5 g/dL (12.0 - 15.0)',
    'RED CELL COUNT: 4.21 x10^12/L (3.80 - 4.80)',
    'PCV: 35.1 % (36.0 - 46.0) LOW',
    'MCV: 83.4 fL (83.0 - 101.0)',
    'MCH: 26.6 pg (27.0 - 32.0) LOW',
    'WHITE CELL COUNT: 7.8 x10^9/L (4.0 - 10.0)',
    'PLATELETS: 520 x10^9/L (150 - 410) HIGH',
    'ESR: 28 mm/hr (0 - 20) HIGH',
    'TOTAL CHOLESTEROL: 6.1 mmol/L (<5.2) HIGH',
    'TRIGLYCERIDES: 1.4 mmol/L (<1.7)',
    'HDL CHOLESTEROL: 1.3 mmol/L (>1.0)',
    'LDL CHOLESTEROL: 4.2 mmol/L (<2.6) HIGH',
  ]);
  expect(server.received).toEqual([]);
});

test('a report pasted as text is read the same way and added as it was printed', async ({ page }) => {
  await openVisit(page, visits.pasted);
  await page.getByTestId('lab-report-open').click();
  const dialog = page.getByTestId('lab-report');
  await dialog.getByTestId('lab-report-text').fill(LABLINK);
  await dialog.getByTestId('lab-report-extract').click();
  await expect(row(page, 'Glucose (Fasting)').getByTestId('lab-row-flag')).toHaveAttribute('data-flag', 'high');
  await expect(row(page, 'Potassium').getByTestId('lab-row-flag')).toHaveText('Low');
  await expect(row(page, 'Sodium').getByTestId('lab-row-flag')).toHaveText('Normal');
  await dialog.getByTestId('lab-report-accept').click();

  await expect(page.getByTestId('note-objective')).toHaveValue(/^Outside lab report:\nGlucose \(Fasting\): 7\.2 mmol\/L \(3\.9-6\.1\) HIGH\n/);
  await expect.poll(() => savedObjective(visits.pasted)).toContain('Glucose');
  await expect(page.getByTestId('note-save-state')).toContainText(/Saved/);
  const saved = await savedObjective(visits.pasted);
  expect(saved).toContain('Potassium: 3.3 mmol/L (3.5-5.1) LOW');
  expect(saved).toContain('Sodium: 139 mmol/L (136-145)');
  expect(server.received).toEqual([]);
});

test('a scanned PDF is refused with what to do instead, and discarded rows leave the note as it was', async ({ page }) => {
  await openVisit(page, visits.scanned);
  await page.getByTestId('lab-report-open').click();
  const dialog = page.getByTestId('lab-report');
  await dialog.getByTestId('lab-report-file').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: await scannedReportPdf() });
  await dialog.getByTestId('lab-report-extract').click();
  await expect(dialog.getByRole('alert')).toHaveText('There is no text in this PDF (it looks scanned). Paste or type the results instead.');
  await shot(page, '03-scanned');

  // The doctor types the one result instead, then thinks better of it.
  await dialog.getByTestId('lab-report-pdf').locator('.MuiChip-deleteIcon').click();
  await dialog.getByTestId('lab-report-text').fill('HbA1c   8.1   %   4.0-6.0');
  await dialog.getByTestId('lab-report-extract').click();
  await expect(row(page, 'HbA1c').getByTestId('lab-row-flag')).toHaveAttribute('data-flag', 'high');
  await dialog.getByTestId('lab-report-discard').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('note-objective')).toHaveValue('');
  expect(await savedObjective(visits.scanned)).toBe('');
});

test('in Malay: a scanned PDF and one too large are explained in Malay, the large one refused on this PC before it is sent', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('clinicdesk.language', 'ms'));
  await openVisit(page, visits.scanned);
  await page.getByTestId('lab-report-open').click();
  const dialog = page.getByTestId('lab-report');
  await expect(dialog).toContainText('Laporan makmal luar');
  await dialog.getByTestId('lab-report-file').setInputFiles({ name: 'imbasan.pdf', mimeType: 'application/pdf', buffer: await scannedReportPdf() });
  await dialog.getByTestId('lab-report-extract').click();
  await expect(dialog.getByRole('alert')).toHaveText('Tiada teks dalam PDF ini (ia kelihatan seperti imbasan). Tampal atau taip keputusannya.');

  await dialog.getByTestId('lab-report-file').setInputFiles({ name: 'besar.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(LAB_PDF_MAX_BYTES + 1, 32) });
  await expect(dialog.getByRole('alert')).toHaveText('PDF ini lebih besar daripada 5 MB. Pilih PDF teks makmal itu sendiri, atau tampal keputusannya.');
  await expect(dialog.getByTestId('lab-report-pdf')).toHaveCount(0);
  await expect(dialog.getByTestId('lab-report-extract')).toBeDisabled();
  await shot(page, '04-too-large-ms');
});

test('with AI on, the model’s rows are a draft too: a row removed before adding is logged as edited', async ({ page }) => {
  const { api, close } = await ownerApi(hub);
  try {
    await api.settings.ai.save.mutate({ ...DEFAULT_AI_SETTINGS, enabled: true, baseUrl: server.baseUrl, defaultModel: 'llama3.2:3b', maxRetries: 0 });
  } finally {
    await close();
  }
  server.reset();
  const rows = [
    { test: 'Glucose (Fasting)', value: '7.2', unit: 'mmol/L', range: '3.9-6.1', labFlag: 'H' },
    { test: 'HbA1c', value: '7.8', unit: '%', range: '4.0-6.0', labFlag: 'H' },
    { test: 'Potassium', value: '3.3', unit: 'mmol/L', range: '3.5-5.1', labFlag: 'L' },
  ];
  server.reply({ kind: 'answer', text: JSON.stringify({ rows }) });

  await openVisit(page, visits.model);
  await page.getByTestId('lab-report-open').click();
  const dialog = page.getByTestId('lab-report');
  await dialog.getByTestId('lab-report-text').fill(LABLINK.split('\n').slice(5).join('\n'));
  await dialog.getByTestId('lab-report-extract').click();
  await expect(dialog.getByTestId('ai-draft-notice')).toHaveAttribute('data-source', 'model');
  await expect(dialog.getByTestId('lab-row')).toHaveCount(3);
  await expect(row(page, 'Potassium').getByTestId('lab-row-flag')).toHaveAttribute('data-flag', 'low');
  await row(page, 'Potassium').getByTestId('lab-row-remove').click();
  await dialog.getByTestId('lab-report-accept').click();

  await expect(page.getByTestId('note-objective')).toHaveValue('Outside lab report:\nGlucose (Fasting): 7.2 mmol/L (3.9-6.1) HIGH\nHbA1c: 7.8 % (4.0-6.0) HIGH');
  await expect.poll(() => savedObjective(visits.model)).toContain('HbA1c');
  expect(server.received).toHaveLength(1);
  expect(server.bodies().join('\n')).not.toContain('Lim Mei Ling');
  const { api: reader, close: done } = await ownerApi(hub);
  try {
    const month = new Date().toISOString().slice(0, 7);
    await expect.poll(async () => (await reader.ai.interactions.query({ month })).filter((call) => call.feature === 'labs').map((call) => call.outcome)).toEqual(['edited']);
  } finally {
    await done();
  }
});
