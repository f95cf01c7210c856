import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_AI_SETTINGS } from '../../src/shared/schemas/ai';
import { OpenAiStandIn } from '../support/openai-stand-in';
import { hubForThisSpec, ownerApi, signInAsOwner } from './spec-hub';

/**
 * Triage at check-in: the receptionist types the chief complaint and the badge answers from the
 * clinic's rules; a HIGH urgency raises the ticket to emergency only when she confirms; the model
 * (the local stand-in) is asked once when she asks, and cannot lower what the rules found.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const hub = hubForThisSpec({ setUp: true });
let server: OpenAiStandIn;
let roomId = '';

test.beforeAll(async () => {
  server = await OpenAiStandIn.start();
  const { api, close } = await ownerApi(hub);
  try {
    roomId = (await api.rooms.save.mutate({ code: 'K1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true })).id;
    for (const [fullName, identityNo] of [
      ['Ahmad Fauzi bin Ismail', '700101-10-5011'],
      ['Tan Ah Kow', '680202-10-5023'],
    ] as const) {
      await api.patients.register.mutate({ fullName, identityType: 'mykad', identityNo, phones: [], address: '', postcode: '', allergies: [] });
    }
  } finally {
    await close();
  }
});
test.afterAll(() => server.close());

async function startCheckIn(page: Page, name: string, complaint: string): Promise<void> {
  await page.getByTestId('nav-queue').click();
  await page.getByTestId('queue-checkin').click();
  await page.getByTestId('checkin-patient-search').locator('input').fill(name);
  await page.getByTestId('checkin-patient-search').locator('[data-testid^="patient-result-"]').first().click();
  await page.getByTestId('checkin-complaint').fill(complaint);
}

test('a chest pain at check-in is HIGH, and the receptionist raises the ticket to emergency', async ({ page }) => {
  await signInAsOwner(page);
  await startCheckIn(page, 'Ahmad Fauzi', 'sakit dada sejak pagi, berpeluh');
  await expect(page.getByTestId('triage-badge')).toHaveText('HIGH urgency');
  await expect(page.getByTestId('triage-reason')).toContainText('chest pain: “sakit dada”');
  await expect(page.getByTestId('ai-draft-notice')).toHaveAttribute('data-source', 'local');
  await page.screenshot({ path: `${ARTIFACTS}/triage-high-en.png`, fullPage: true });
  await page.getByTestId('triage-raise').click();
  await page.getByTestId('checkin-save').click();
  await expect(page.getByTestId('queue-ticket-A001')).toBeVisible();
  const { api, close } = await ownerApi(hub);
  try {
    const entries = (await api.queue.list.query({ roomId })).waiting;
    expect(entries.find((entry) => entry.ticketNo === 'A001')).toMatchObject({ priority: 'emergency', chiefComplaint: 'sakit dada sejak pagi, berpeluh' });
  } finally {
    await close();
  }
  expect(server.received).toEqual([]);
});

test('fever and cough is medium; the model, asked once, explains but cannot lower it', async ({ page }) => {
  const { api, close } = await ownerApi(hub);
  try {
    await api.settings.ai.save.mutate({ ...DEFAULT_AI_SETTINGS, enabled: true, baseUrl: server.baseUrl, defaultModel: 'llama3.2:3b', maxRetries: 0 });
  } finally {
    await close();
  }
  server.reply({ kind: 'answer', text: '{"urgency":"low","reason":"Likely a viral illness; see the GP today.","service":"gp","durationMinutes":10,"redFlags":[]}' });
  await signInAsOwner(page);
  await startCheckIn(page, 'Tan Ah Kow', 'fever and cough 3 days');
  await expect(page.getByTestId('triage-badge')).toHaveText('Medium urgency');
  await expect(page.getByTestId('triage-reason')).toContainText('fever: “fever”');
  expect(server.received).toEqual([]);
  await page.getByTestId('triage-ask-model').click();
  await expect(page.getByTestId('ai-draft-notice')).toHaveAttribute('data-source', 'model');
  await expect(page.getByText('Likely a viral illness; see the GP today.')).toBeVisible();
  await expect(page.getByTestId('triage-badge')).toHaveText('Medium urgency');
  await expect(page.getByTestId('triage-ask-model')).toHaveCount(0);
  expect(server.received.filter((request) => request.path === '/v1/chat/completions')).toHaveLength(1);
  await expect(page.getByTestId('triage-raise')).toHaveCount(0);
  await page.screenshot({ path: `${ARTIFACTS}/triage-medium-model-en.png`, fullPage: true });
});
