import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { SITI } from '../../src/main/ai/privacy/sample-patients';
import { leaksIn } from '../support/ai-leaks';
import { OpenAiStandIn, type ChatMessage } from '../support/openai-stand-in';
import { readPdf } from '../support/pdf-pages';
import { sitiWithTheDoctor } from './siti-with-the-doctor';
import { hubForThisSpec, ownerApi, signInAsOwner } from './spec-hub';

/**
 * A referral letter drafted and printed, as the issue tells it, and the quarantine slip beside it:
 * Puan Siti's visit for COVID-19 pneumonia is finished; from her record, Dr Aminah opens the
 * visit's documents, drafts the referral from the visit (the clinic's model, the local stand-in,
 * gives back the record's draft in the tokens it was sent), rewrites one sentence, names the
 * hospital and issues it. The PDF reads back with her sentence and the patient's name. The
 * quarantine slip is drafted (notifiable, pre-ticked) and issued as drafted. The AI log says
 * edited for the letter and accepted for the slip; no identifier of the patient was sent.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const hub = hubForThisSpec({ setUp: true });
let server: OpenAiStandIn;

const PLAN_SENTENCE = 'Refer Hospital Kuala Lumpur for admission.';
const EDITED_SENTENCE = 'Kindly admit her for oxygen therapy and monitoring.';

/** A model that finds nothing to improve: it answers with the draft it was sent, in the request's tokens. */
function theDraftItWasSent(messages: ChatMessage[]): string {
  const user = messages.find((message) => message.role === 'user')?.content ?? '';
  return user.slice(user.indexOf('Draft written from it:') + 'Draft written from it:'.length).trim();
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/ai-letters-${name}.png`, fullPage: true });
}

/** The issued document's PDF (kept with the screenshots) as one line of text: pdftotext wraps long sentences. */
async function pdfText(download: Download, name: string): Promise<string> {
  await download.saveAs(`${ARTIFACTS}/ai-letters-${name}.pdf`);
  return (await readPdf(await readFile(await download.path()))).pages.join('\n').replace(/\s+/g, ' ');
}

test.beforeAll(async () => {
  server = await OpenAiStandIn.start();
  const { api, close } = await ownerApi(hub);
  try {
    const { visitId } = await sitiWithTheDoctor(api, server, 'Demam dan sesak nafas');
    // The note names the patient and her phone, as notes do: none of it may leave.
    const note = await api.consultation.saveNote.mutate({
      visitId,
      version: 0,
      note: {
        subjective: 'Pn Siti: fever 3/7, cough, SOB on exertion since yesterday. Husband to call 013-987 6543 with the swab result.',
        objective: 'T 38.9 SpO2 93% RA\nCreps both bases',
        assessment: 'COVID-19 pneumonia',
        plan: `${PLAN_SENTENCE} Isolate at home until transfer.`,
      },
    });
    const coded = await api.consultation.saveDiagnoses.mutate({ visitId, version: note.version, diagnoses: [{ code: 'U07.1', primary: true }] });
    await api.consultation.finish.mutate({ visitId, version: coded.version });
  } finally {
    await close();
  }
});
test.afterAll(() => server.close());

async function openTheVisitsDocuments(page: Page): Promise<void> {
  await page.getByTestId('nav-patients').click();
  await page.getByTestId('patient-search').fill('Siti Nurhaliza');
  await page.locator('[data-testid^="patient-result-"]').first().click();
  await page.getByTestId('patient-visit-documents').first().click();
  await expect(page.getByTestId('visit-documents-dialog')).toBeVisible();
}

test('a referral letter drafted from the visit, one sentence rewritten, issued and read back; the quarantine slip drafted and issued', async ({ page }) => {
  // No new window in this browser: the PDF comes as a download, which the test can read.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  server.reply({ kind: 'answer', text: theDraftItWasSent }, { kind: 'answer', text: theDraftItWasSent });
  await signInAsOwner(page);
  await openTheVisitsDocuments(page);

  await page.getByTestId('issue-referral').click();
  const referral = page.getByTestId('referral-dialog');
  await referral.getByTestId('referral-draft').click();
  await expect(referral.getByTestId('ai-draft-notice')).toHaveAttribute('data-source', 'model');
  await expect(referral.getByTestId('ai-draft-notice')).toContainText('clinician support only');
  const reason = referral.getByTestId('referral-reason');
  await expect(reason).toHaveValue(/COVID-19/);
  await expect(reason).toHaveValue(new RegExp(PLAN_SENTENCE.replace(/\./g, '\\.')));
  await expect(referral.getByTestId('referral-findings')).toHaveValue(/Creps both bases/);
  await shot(page, '01-referral-draft');

  await reason.fill((await reason.inputValue()).replace(PLAN_SENTENCE, EDITED_SENTENCE));
  await referral.getByTestId('referral-hospital').fill('Hospital Kuala Lumpur');
  const letter = page.waitForEvent('download');
  await referral.getByTestId('referral-dialog-issue').click();
  const letterText = await pdfText(await letter, 'referral');
  for (const words of [EDITED_SENTENCE, SITI.fullName, 'Hospital Kuala Lumpur', 'Creps both bases']) expect(letterText).toContain(words);
  expect(letterText).not.toContain(PLAN_SENTENCE);
  await expect(page.getByTestId('referral-dialog')).toHaveCount(0);

  await page.getByTestId('issue-quarantine').click();
  const slip = page.getByTestId('quarantine-dialog');
  await slip.getByTestId('quarantine-draft').click();
  await expect(slip.getByTestId('ai-draft-notice')).toHaveAttribute('data-source', 'model');
  await expect(slip.getByTestId('quarantine-condition')).toHaveValue(/U07\.1/);
  await expect(slip.getByTestId('quarantine-notifiable')).toBeChecked();
  await expect(slip.getByTestId('quarantine-instructions')).toHaveValue(/Stay at home/);
  await shot(page, '02-quarantine-draft');
  const quarantine = page.waitForEvent('download');
  await slip.getByTestId('quarantine-dialog-issue').click();
  const slipText = await pdfText(await quarantine, 'quarantine');
  for (const words of [SITI.fullName, 'U07.1', 'Stay at home']) expect(slipText).toContain(words);
  await shot(page, '03-issued');

  const { api, close } = await ownerApi(hub);
  try {
    const month = new Date().toISOString().slice(0, 7);
    const outcomes = async () => Object.fromEntries((await api.ai.interactions.query({ month })).map((row) => [row.feature, row.outcome]));
    await expect.poll(outcomes).toEqual({ 'letters.referral': 'edited', 'letters.quarantine': 'accepted' });
  } finally {
    await close();
  }
  const sent = server.bodies().join('\n');
  expect(server.received.filter((request) => request.path === '/v1/chat/completions')).toHaveLength(2);
  expect(sent).toContain('COVID-19 pneumonia');
  expect(leaksIn(sent)).toEqual([]);
  for (const identifier of [SITI.identityNo, '013-987 6543', 'Siti']) expect(sent).not.toContain(identifier);
});
