import { writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import config from '../../playwright.config';
import { DEFAULT_AI_SETTINGS } from '../../src/shared/schemas/ai';
import { OpenAiStandIn, type ChatMessage } from '../support/openai-stand-in';
import { speakConsultation, transcribeWithPocketsphinx } from '../support/spoken-consultation';
import { OWNER, hubForThisSpec, ownerApi, ownerIsTheDoctor, signInAsOwner } from './spec-hub';

/**
 * The doctor's scribe with a real voice: Chromium's fake microphone plays a consultation that
 * espeak-ng spoke, and the transcription server (the stand-in) hears it with pocketsphinx. The
 * patient agrees, the doctor records some 16 seconds (the first 15 reach the hub while still
 * recording, the rest at Stop), transcribes (the server is down the first
 * time: the audio is kept and the second try works), and the lines show the words spoken; the
 * note drafted from them shows each sentence's lines, "Use in note" puts it in the note, and
 * signing the note deletes the audio. Another patient refuses: the panel offers no recording.
 * Opened at the PC's network name over plain http, as from another PC, the panel says the
 * microphone needs the https address. With AI off the panel says the note is written by hand.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const SPOKEN = ['Fever for three days.', 'No chest pain.'];
const wav = path.join(tmpdir(), `clinicdesk-scribe-e2e-${process.pid}.wav`);
writeFileSync(wav, speakConsultation(SPOKEN));

/**
 * This PC's name on the clinic's network (`vm.local`), one of the hub's own names: Chromium here
 * resolves it to the hub's loopback address, and as for a browser on another PC, plain http at
 * that name is not a secure address, so no page there may use a microphone.
 */
const NETWORK_NAME = `${hostname().split('.')[0].toLowerCase()}.local`;

const configured = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...configured, args: [...(configured.args ?? []), '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}`, `--host-resolver-rules=MAP ${NETWORK_NAME} 127.0.0.1`] } });

const hub = hubForThisSpec({ setUp: true });
let server: OpenAiStandIn;
let roomId = '';

/** The model's note, citing the lines of the prompt that hold what each sentence says. */
function modelNote(messages: ChatMessage[]): string {
  const lines = [...(messages[1]?.content ?? '').matchAll(/^L(\d+): (.*)$/gm)].map((match) => ({ no: Number(match[1]), text: match[2] }));
  const citing = (words: string) => lines.filter((line) => line.text.includes(words)).map((line) => line.no);
  return JSON.stringify({
    sentences: [
      { section: 'subjective', text: 'Fever for three days.', lines: citing('fever') },
      { section: 'objective', text: 'No chest pain.', lines: citing('chest') },
    ],
  });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/scribe-${name}.png`, fullPage: true });
}

/** A patient checked in and called into the doctor's room, through the API. */
async function calledVisit(fullName: string, identityNo: string): Promise<string> {
  const { api, close } = await ownerApi(hub);
  try {
    const patient = await api.patients.register.mutate({ fullName, identityType: 'mykad', identityNo });
    const { visitId } = await api.queue.checkIn.mutate({ patientId: patient.id, roomId, chiefComplaint: 'fever', priority: 'normal' });
    await api.queue.callNext.mutate({ roomId });
    return visitId;
  } finally {
    await close();
  }
}

/** The doctor signs in and opens a newly called patient's visit in her room: the scribe panel is in its notes. */
async function openVisit(page: Page, fullName: string, identityNo: string): Promise<{ visitId: string; panel: Locator }> {
  const visitId = await calledVisit(fullName, identityNo);
  await signInAsOwner(page);
  await page.goto(`/#/consultation?visit=${visitId}`);
  return { visitId, panel: page.getByTestId('scribe-panel') };
}

/** The patient agrees and the doctor presses Start, but the page may not use the microphone: the panel says why, in English and then in Malay, and nothing is recorded. */
async function expectMicrophoneProblem(page: Page, { visitId, panel }: { visitId: string; panel: Locator }, english: string[], malay: string): Promise<void> {
  await panel.getByTestId('scribe-consent-granted').click();
  await panel.getByTestId('scribe-start').click();
  for (const words of english) await expect(panel.getByTestId('scribe-microphone-problem')).toContainText(words);
  await expect(panel.getByTestId('scribe-recorder')).toHaveAttribute('data-phase', 'idle');
  expect((await scribeState(visitId)).recordings).toEqual([]);
  await page.evaluate(() => localStorage.setItem('clinicdesk.language', 'ms'));
  await page.reload();
  await panel.getByTestId('scribe-start').click();
  await expect(panel.getByTestId('scribe-microphone-problem')).toContainText(malay);
}

async function scribeState(visitId: string) {
  const { api, close } = await ownerApi(hub);
  try {
    return await api.scribe.forVisit.query({ visitId });
  } finally {
    await close();
  }
}

/** The parts of a recording the hub has taken, by number, from its audit trail. */
async function audioParts(recordingId: string): Promise<number[]> {
  const { api, close } = await ownerApi(hub);
  try {
    const entries = await api.audit.list.query({ action: 'scribe.audio', entityId: recordingId });
    return entries.map((entry) => (entry.after as { seq: number }).seq).sort((a, b) => a - b);
  } finally {
    await close();
  }
}

async function setAi(enabled: boolean): Promise<void> {
  const { api, close } = await ownerApi(hub);
  try {
    await api.settings.ai.save.mutate({ ...DEFAULT_AI_SETTINGS, enabled, baseUrl: server.baseUrl, defaultModel: 'llama3.2:3b', models: { ...DEFAULT_AI_SETTINGS.models, scribe: 'whisper-1' }, maxRetries: 0 });
  } finally {
    await close();
  }
}

test.beforeAll(async () => {
  server = await OpenAiStandIn.start();
  server.transcribeWith((audio, fileName) => transcribeWithPocketsphinx(audio, fileName, SPOKEN));
  const { api, close } = await ownerApi(hub);
  try {
    await ownerIsTheDoctor(api);
    roomId = (await api.rooms.save.mutate({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true })).id;
  } finally {
    await close();
  }
  await setAi(true);
});
test.afterAll(() => server.close());

test('the patient agrees, the doctor records and transcribes the consultation, and signing deletes the audio', async ({ page }) => {
  test.setTimeout(120_000);
  const { visitId, panel } = await openVisit(page, 'Lim Mei Ling', '850505-14-5222');
  await expect(panel.getByTestId('scribe-consent')).toContainText('May I record our conversation');
  await expect(panel.getByTestId('scribe-start')).toHaveCount(0);
  await panel.getByTestId('scribe-consent-granted').click();
  await expect(panel.getByTestId('scribe-consent')).toHaveAttribute('data-answer', 'granted');
  await expect(panel.getByTestId('scribe-consent')).toContainText(`asked by ${OWNER.displayName}`);

  await panel.getByTestId('scribe-start').click();
  await expect(panel.getByTestId('scribe-recording-indicator')).toContainText('Recording 0:0');
  await shot(page, '01-recording');
  const recording = panel.getByTestId('scribe-recording');
  await expect(recording).toHaveCount(1);
  const recordingId = (await recording.getAttribute('data-recording-id')) ?? '';
  // The first 15 seconds reach the hub while still recording (a crash would lose no more than the rest).
  await expect.poll(() => audioParts(recordingId), { timeout: 25_000 }).toEqual([0]);
  await expect(panel.getByTestId('scribe-recording-indicator')).toContainText('Recording 0:1');
  await panel.getByTestId('scribe-stop').click();
  await expect(panel.getByTestId('scribe-recorder')).toHaveAttribute('data-phase', 'idle');
  expect(await audioParts(recordingId)).toEqual([0, 1]);

  // The transcription server is down the first time: said so, and the audio is kept to try again.
  server.failTranscription({ kind: 'status', status: 503 });
  await recording.getByTestId('scribe-transcribe').click();
  await expect(recording.getByTestId('scribe-transcribe-failed')).toContainText('could not be reached');
  await expect(recording.getByTestId('scribe-transcribe-failed')).toContainText('The audio is kept');
  await recording.getByTestId('scribe-transcribe').click();
  const lines = recording.getByTestId('scribe-line');
  await expect(lines.first()).toBeVisible({ timeout: 30_000 });
  const heard = (await lines.allInnerTexts()).join(' ').toLowerCase();
  expect(heard).toContain('fever for three days');
  expect(heard).toContain('no chest pain');
  await expect(lines.first()).toHaveAttribute('data-line', '1');
  // The hub sent what the microphone heard, both parts: 16 kHz, some 16 seconds of it.
  const sent = server.receivedAudio.at(-1);
  expect(sent?.audio.readUInt32LE(24)).toBe(16_000);
  const seconds = (sent?.audio.readUInt32LE(40) ?? 0) / 32_000;
  expect(seconds).toBeGreaterThan(15);
  expect(seconds).toBeLessThan(22);
  await shot(page, '02-transcript');

  expect((await scribeState(visitId)).recordings[0]).toMatchObject({ audioKept: true });

  // The note drafted from the transcript: each sentence shows, and lights up, the lines it came from.
  server.reply({ kind: 'answer', text: modelNote });
  await recording.getByTestId('scribe-draft-note').click();
  const draft = recording.getByTestId('scribe-draft');
  await expect(draft.getByTestId('ai-draft-notice')).toHaveAttribute('data-source', 'model');
  await expect(draft.getByTestId('ai-draft-notice')).toContainText('clinician support only');
  const fever = draft.getByTestId('scribe-draft-subjective').getByTestId('scribe-draft-sentence');
  await expect(fever).toContainText('Fever for three days.');
  const feverLines = (await fever.getAttribute('data-lines'))?.split(',') ?? [];
  expect(feverLines.length).toBeGreaterThan(0);
  await expect(fever).toContainText(`line${feverLines.length > 1 ? 's' : ''} ${feverLines.join(', ')}`);
  await fever.hover();
  for (const no of feverLines) await expect(recording.locator(`[data-testid="scribe-line"][data-line="${no}"]`)).toHaveAttribute('data-highlighted', 'true');
  await expect(recording.locator('[data-testid="scribe-line"][data-highlighted="true"]')).toHaveCount(feverLines.length);
  await expect(recording.locator('[data-testid="scribe-line"][data-highlighted="true"]').first()).toContainText('fever');
  await shot(page, '03-draft');
  // The doctor corrects a section before use: the draft goes into the note as she left it.
  await draft.getByTestId('scribe-draft-edit').click();
  await expect(draft.getByTestId('scribe-edit-objective')).toHaveValue('No chest pain.');
  await draft.getByTestId('scribe-edit-objective').fill('No chest pain. Throat clear.');
  await shot(page, '03-draft-edited');
  await draft.getByTestId('scribe-draft-use').click();
  await expect(recording.getByTestId('scribe-draft-used')).toBeVisible();
  await expect(page.getByTestId('note-subjective')).toHaveValue('Fever for three days.');
  await expect(page.getByTestId('note-objective')).toHaveValue('No chest pain. Throat clear.');
  await expect(page.getByTestId('note-save-state')).toContainText('Saved');
  // The verdict is in the AI log; the note is the doctor's own save.
  const { api, close } = await ownerApi(hub);
  try {
    const month = new Date().toISOString().slice(0, 7);
    await expect.poll(async () => (await api.ai.interactions.query({ month })).find((row) => row.feature === 'scribe-note')?.outcome).toBe('edited');
    expect((await api.consultation.visit.query({ visitId })).encounter?.note.subjective).toBe('Fever for three days.');
  } finally {
    await close();
  }

  await page.getByTestId('finish-visit').click();
  await page.getByTestId('finish-ask-confirm').click();
  await expect.poll(async () => (await scribeState(visitId)).recordings[0].audioKept).toBe(false);
  expect((await scribeState(visitId)).recordings[0]).toMatchObject({ audioDeletedWhy: 'signed' });
});

test('a patient who refuses is recorded as refusing, and the panel offers no recording', async ({ page }) => {
  const { visitId, panel } = await openVisit(page, 'Ahmad bin Ali', '790303-08-5333');
  await panel.getByTestId('scribe-consent-refused').click();
  await expect(panel.getByTestId('scribe-consent')).toHaveAttribute('data-answer', 'refused');
  await expect(panel.getByTestId('scribe-write-by-hand')).toContainText('Write the note by hand');
  await expect(panel.getByTestId('scribe-start')).toHaveCount(0);
  expect((await scribeState(visitId)).consent).toMatchObject({ answer: 'refused', askedByName: OWNER.displayName });
  await shot(page, '04-refused');
});

test('a recording cut off by a reload is stopped from the panel, and recordings are discarded', async ({ page }) => {
  const { visitId, panel } = await openVisit(page, 'Tan Ah Kow', '700101-10-5666');
  await panel.getByTestId('scribe-consent-granted').click();

  // Discard while recording: the recording is gone from the panel, its audio deleted on the hub.
  await panel.getByTestId('scribe-start').click();
  await expect(panel.getByTestId('scribe-recording-indicator')).toBeVisible();
  await panel.getByTestId('scribe-discard-live').click();
  await expect(panel.getByTestId('scribe-recorder')).toHaveAttribute('data-phase', 'idle');
  await expect.poll(async () => (await scribeState(visitId)).recordings.map((r) => r.audioDeletedWhy)).toEqual(['discarded']);
  await expect(panel.getByTestId('scribe-recording')).toHaveCount(0);

  // The window reloads mid-recording: the hub's recording was never stopped; the panel says so and stops it.
  await panel.getByTestId('scribe-start').click();
  await expect(panel.getByTestId('scribe-recording-indicator')).toBeVisible();
  await page.reload();
  const cut = panel.getByTestId('scribe-recording');
  await expect(cut).toContainText('interrupted before Stop');
  await cut.getByTestId('scribe-stop-interrupted').click();
  await expect(cut.getByTestId('scribe-nothing-recorded')).toBeVisible();
  await expect(cut.getByTestId('scribe-transcribe')).toHaveCount(0);
  await cut.getByTestId('scribe-discard').click();
  await page.getByTestId('scribe-discard-dialog-confirm').click();
  await expect(panel.getByTestId('scribe-recording')).toHaveCount(0);
  expect((await scribeState(visitId)).recordings.map((r) => [r.stoppedAt !== null, r.audioDeletedWhy])).toEqual([
    [true, 'discarded'],
    [true, 'discarded'],
  ]);
});

test('a microphone the computer refuses is explained, in English and Malay, and nothing is recorded', async ({ page }) => {
  // The computer's privacy setting, as the browser reports it: the page is refused the microphone.
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  const { visitId, panel } = await openVisit(page, 'Raj Kumar', '880808-10-5555');
  await expectMicrophoneProblem(page, { visitId, panel }, ['The microphone may not be used'], 'Mikrofon tidak dibenarkan');
});

test.describe('from a browser on another PC, over plain http', () => {
  // eslint-disable-next-line no-empty-pattern
  test.use({ baseURL: async ({}, use) => use(hub.url.replace('127.0.0.1', NETWORK_NAME)) });

  test('the panel says the microphone needs the hub’s https address, in English and Malay, and nothing is recorded', async ({ page }) => {
    test.skip(!/^[a-z0-9-]+\.local$/.test(NETWORK_NAME), `this PC's name (${hostname()}) cannot be written as a network address`);
    const { visitId, panel } = await openVisit(page, 'Wong Ah Kow', '770707-07-5777');
    expect(await page.evaluate(() => [location.hostname, window.isSecureContext])).toEqual([NETWORK_NAME, false]);
    await expectMicrophoneProblem(page, { visitId, panel }, ['https://', 'CLINICDESK_TLS=on'], 'alamat selamat');
  });
});

test('with AI switched off the panel says the note is written by hand', async ({ page }) => {
  await setAi(false);
  await openVisit(page, 'Siti Aminah', '900909-10-5444');
  await expect(page.getByTestId('scribe-ai-off')).toContainText('write the note by hand');
  await expect(page.getByTestId('scribe-consent')).toHaveCount(0);
  await page.evaluate(() => localStorage.setItem('clinicdesk.language', 'ms'));
  await page.reload();
  await expect(page.getByTestId('scribe-ai-off')).toContainText('tulis nota dengan tangan');
});
