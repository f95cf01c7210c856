import { expect, test, type Page } from '@playwright/test';
import { SITI } from '../../src/main/ai/privacy/sample-patients';
import { DEFAULT_AI_SETTINGS } from '../../src/shared/schemas/ai';
import { leaksIn } from '../support/ai-leaks';
import { OpenAiStandIn, type ChatMessage } from '../support/openai-stand-in';
import { sitiWithTheDoctor } from './siti-with-the-doctor';
import { hubForThisSpec, ownerApi, signInAsOwner } from './spec-hub';

/**
 * A SOAP draft accepted with an edit, as the issue tells it: Puan Siti is in the doctor's room;
 * Dr Aminah types her shorthand on four lines (her patient's phone in it), asks for the note to be
 * structured, and the clinic's model (the local stand-in, answering in the tokens it was sent)
 * gives the SOAP draft with an ICD-10 hint and the disclaimer. She adds a line to the plan,
 * accepts, the note saves with its lines, the hint becomes the visit's diagnosis, and the AI log
 * says "edited". The stand-in never heard the patient's name, identity number or phone. With AI
 * off, the same shorthand is split by the local engine and added under what the note already says.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const hub = hubForThisSpec({ setUp: true });
let server: OpenAiStandIn;
let visitId = '';
/** Her phone as the record keeps it: what the model's [PHONE_n] is put back as. */
let recordPhone = '';

const DICTATION = ['Pn Siti c/o fever 3/7, cough', 'O/E T 38.5 BP 130/80', 'Imp: URTI', 'Plan: PCM 1g tds, rehat 2/7, call 012-3456789 if worse'].join('\n');
const ADDED_LINE = 'TCA if fever persists beyond 3/7';

/** The model's answer, in the tokens the request held: the patient's own and her phone's. */
function modelNote(messages: ChatMessage[]): string {
  const sent = messages.map((message) => message.content).join('\n');
  const patient = /PATIENT_[A-Z0-9]{6}/.exec(sent)?.[0] ?? 'the patient';
  const phone = /\[PHONE_\d+\]/.exec(sent)?.[0] ?? 'no phone';
  return JSON.stringify({
    subjective: `${patient} c/o fever 3/7, cough`,
    objective: 'T 38.5 BP 130/80',
    assessment: 'URTI',
    plan: `PCM 1g tds, rehat 2/7. Call ${phone} if worse`,
    icd10: [{ code: 'J06.9', words: ['URTI'] }],
  });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/ai-notes-${name}.png`, fullPage: true });
}

test.beforeAll(async () => {
  server = await OpenAiStandIn.start();
  const { api, close } = await ownerApi(hub);
  try {
    ({ visitId, recordPhone } = await sitiWithTheDoctor(api, server, 'Demam dan batuk'));
  } finally {
    await close();
  }
});
test.afterAll(() => server.close());

test('the doctor’s shorthand structured by the model, edited, accepted and saved, the log saying edited', async ({ page }) => {
  server.reply({ kind: 'answer', text: modelNote });
  await signInAsOwner(page);
  await page.goto(`/#/consultation?visit=${visitId}`);
  await expect(page.getByTestId('patient-banner')).toContainText(SITI.fullName);

  const structure = page.getByTestId('structure-note');
  await structure.getByTestId('structure-text').fill(DICTATION);
  // Before asking, the doctor looks at what will leave the PC: her name and phone as tokens.
  await structure.getByTestId('ai-what-will-be-sent').click();
  const preview = structure.getByTestId('ai-redaction-preview');
  await expect(preview).toContainText('c/o fever 3/7, cough');
  await expect(preview).not.toContainText('Siti');
  await expect(preview).not.toContainText('012-3456789');
  await structure.getByTestId('structure-run').click();
  const draft = structure.getByTestId('structure-draft');
  await expect(draft.getByTestId('ai-draft-notice')).toHaveAttribute('data-source', 'model');
  await expect(draft.getByTestId('ai-draft-notice')).toContainText('clinician support only');
  await expect(draft.getByTestId('ai-draft-disclaimer')).toContainText('AI-generated');
  await expect(draft.getByTestId('structure-subjective')).toHaveValue(`${SITI.fullName} c/o fever 3/7, cough`);
  await expect(draft.getByTestId('structure-objective')).toHaveValue('T 38.5 BP 130/80');
  await expect(draft.getByTestId('structure-assessment')).toHaveValue('URTI');
  const plan = `PCM 1g tds, rehat 2/7. Call ${recordPhone} if worse`;
  await expect(draft.getByTestId('structure-plan')).toHaveValue(plan);
  await expect(draft.getByTestId('structure-hint-J06.9')).toContainText('Acute upper respiratory infection');
  await shot(page, '01-draft');

  // The doctor adds a line of her own to the plan, then accepts the draft into the note.
  await draft.getByTestId('structure-plan').fill(`${plan}\n${ADDED_LINE}`);
  await draft.getByTestId('structure-hint-J06.9').click();
  await draft.getByTestId('structure-accept').click();
  await expect(structure.getByTestId('structure-draft')).toHaveCount(0);
  await expect(page.getByTestId('note-plan')).toHaveValue(`${plan}\n${ADDED_LINE}`);
  await expect(page.getByTestId('note-assessment')).toHaveValue('URTI');
  await expect(page.getByTestId('section-diagnoses')).toContainText('J06.9');
  await shot(page, '02-accepted');

  const { api, close } = await ownerApi(hub);
  try {
    // The note saves itself a moment after the last change.
    await expect
      .poll(async () => (await api.consultation.visit.query({ visitId })).encounter?.note, { timeout: 15_000 })
      .toEqual({ subjective: `${SITI.fullName} c/o fever 3/7, cough`, objective: 'T 38.5 BP 130/80', assessment: 'URTI', plan: `${plan}\n${ADDED_LINE}` });
    const { encounter } = await api.consultation.visit.query({ visitId });
    expect(encounter?.diagnoses.map((diagnosis) => diagnosis.code)).toEqual(['J06.9']);
    const month = new Date().toISOString().slice(0, 7);
    await expect.poll(async () => (await api.ai.interactions.query({ month })).filter((row) => row.feature === 'notes').map((row) => row.outcome)).toEqual(['edited']);
  } finally {
    await close();
  }

  // What left the PC: one request, the clinical words in it, no identifier of the patient.
  const chats = server.received.filter((request) => request.path === '/v1/chat/completions');
  expect(chats).toHaveLength(1);
  const sent = chats.map((request) => request.body).join('\n');
  expect(sent).toContain('c/o fever 3/7, cough');
  expect(leaksIn(sent)).toEqual([]);
  for (const identifier of [SITI.identityNo, '012-3456789', 'Siti']) expect(sent).not.toContain(identifier);
});

test('with AI off, the shorthand split by the local engine is added on new lines under what the note already says, nothing sent', async ({ page }) => {
  const { api, close } = await ownerApi(hub);
  let ahmadVisit = '';
  try {
    await api.settings.ai.save.mutate({ ...DEFAULT_AI_SETTINGS, enabled: false, baseUrl: server.baseUrl, defaultModel: 'llama3.2:3b' });
    const room = await api.rooms.save.mutate({ code: '2', name: 'Bilik 2', kind: 'consultation', ticketPrefix: 'B', active: true });
    const ahmad = await api.patients.register.mutate({ fullName: 'Ahmad bin Hassan', identityType: 'mykad', identityNo: '800101-10-5113', allergies: [] });
    ahmadVisit = (await api.queue.checkIn.mutate({ patientId: ahmad.id, roomId: room.id, chiefComplaint: 'Demam', priority: 'normal' })).visitId;
    await api.queue.callNext.mutate({ roomId: room.id });
    await api.consultation.saveNote.mutate({ visitId: ahmadVisit, version: 0, note: { subjective: 'Demam sejak Isnin' } });
  } finally {
    await close();
  }
  server.reset();
  await signInAsOwner(page);
  await page.goto(`/#/consultation?visit=${ahmadVisit}`);
  await expect(page.getByTestId('note-subjective')).toHaveValue('Demam sejak Isnin');

  const structure = page.getByTestId('structure-note');
  await structure.getByTestId('structure-text').fill(['c/o fever 3/7, cough', 'O/E T 38.5 BP 130/80', 'Imp: URTI', 'Plan: PCM 1g tds, rehat 2/7'].join('\n'));
  // Nothing leaves with AI off, so there is nothing to preview.
  await expect(structure.getByTestId('ai-what-will-be-sent')).toHaveCount(0);
  await structure.getByTestId('structure-run').click();
  const draft = structure.getByTestId('structure-draft');
  await expect(draft.getByTestId('ai-draft-notice')).toHaveAttribute('data-source', 'local');
  await expect(draft.getByTestId('ai-draft-notice')).toContainText('clinician support only');
  // ClinicDesk's own rules wrote it: the disclaimer does not call it AI-generated.
  await expect(draft.getByTestId('ai-draft-disclaimer')).not.toContainText('AI-generated');
  await expect(draft.getByTestId('structure-hint-J06.9')).toBeVisible();
  await draft.getByTestId('structure-accept').click();
  await expect(page.getByTestId('note-subjective')).toHaveValue('Demam sejak Isnin\nc/o fever 3/7, cough');
  await shot(page, '03-local-accepted');

  const reader = await ownerApi(hub);
  try {
    await expect
      .poll(async () => (await reader.api.consultation.visit.query({ visitId: ahmadVisit })).encounter?.note, { timeout: 15_000 })
      .toEqual({ subjective: 'Demam sejak Isnin\nc/o fever 3/7, cough', objective: 'O/E T 38.5 BP 130/80', assessment: 'URTI', plan: 'PCM 1g tds, rehat 2/7' });
  } finally {
    await reader.close();
  }
  expect(server.received).toEqual([]);
});
