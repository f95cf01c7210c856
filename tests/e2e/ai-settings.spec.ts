import { expect, test } from '@playwright/test';
import { OpenAiStandIn } from '../support/openai-stand-in';
import { hubForThisSpec, ownerApi, signInAsOwner } from './spec-hub';

/**
 * The owner sets the AI provider up as a clinic with Ollama on its own PC would: the base URL
 * (here the local OpenAI-compatible stand-in), a model, a key saved to the keychain, "test
 * connection" showing the server's models; then the AI log for the month, in English and Malay.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const hub = hubForThisSpec({ setUp: true });
let server: OpenAiStandIn;

test.beforeAll(async () => {
  server = await OpenAiStandIn.start();
});
test.afterAll(() => server.close());

test('the owner sets up the AI provider, tests the connection and reads the AI log', async ({ page }) => {
  await signInAsOwner(page);
  await page.goto('/#/ai');
  await expect(page.getByTestId('ai-private-choice')).toContainText('Ollama');
  await page.getByTestId('ai-settings-baseUrl').fill(server.baseUrl);
  await page.getByTestId('ai-settings-defaultModel').fill('llama3.2:3b');
  await page.getByTestId('ai-settings-enabled').click();
  const provider = page.locator('form').filter({ has: page.getByTestId('ai-settings-baseUrl') });
  await provider.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(provider.getByText('Saved.')).toBeVisible();
  await page.getByTestId('ai-settings-key').fill('sk-e2e-local-key');
  await page.getByRole('button', { name: 'Save key to keychain' }).click();
  await expect(page.getByText('An API key is stored in this PC’s keychain.')).toBeVisible();
  await page.getByTestId('ai-test-connection').click();
  await expect(page.getByTestId('ai-test-result')).toContainText('llama3.2:3b, qwen2.5:7b');
  expect(server.received.at(-1)?.headers.authorization).toBe('Bearer sk-e2e-local-key');
  await page.screenshot({ path: `${ARTIFACTS}/ai-settings-en.png`, fullPage: true });

  const { api, close } = await ownerApi(hub);
  try {
    expect(await api.ai.status.query()).toEqual({ enabled: true, forcedOff: false });
    expect(JSON.stringify(await api.settings.all.query())).not.toContain('sk-e2e-local-key');
  } finally {
    await close();
  }

  await page.goto('/#/ai-log');
  await expect(page.getByTestId('ai-usage')).toBeVisible();
  await expect(page.getByText('No AI calls in this month.')).toBeVisible();
  await page.evaluate(() => localStorage.setItem('clinicdesk.language', 'ms'));
  await page.reload();
  await expect(page.getByText('Tiada panggilan AI dalam bulan ini.')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/ai-log-ms.png`, fullPage: true });
  await page.goto('/#/ai');
  await expect(page.getByTestId('ai-private-choice')).toContainText('Ollama');
  await page.screenshot({ path: `${ARTIFACTS}/ai-settings-ms.png`, fullPage: true });
});

test('the scribe keeps transcripts for the days the owner sets, and refuses more than 90', async ({ page }) => {
  await signInAsOwner(page);
  await page.goto('/#/ai');
  const scribe = page.locator('form').filter({ has: page.getByTestId('scribe-settings-transcriptDays') });
  await expect(page.getByTestId('scribe-settings-audioHoursAfterSigning')).toHaveValue('0');
  await expect(page.getByTestId('scribe-settings-language')).toContainText('Let the server detect it');
  await page.getByTestId('scribe-settings-transcriptDays').fill('365');
  await scribe.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(scribe.getByRole('alert')).toContainText('Keep transcripts (days)');
  // The field itself is marked and says what to do.
  await expect(page.getByTestId('scribe-settings-transcriptDays')).toHaveAttribute('aria-invalid', 'true');
  await expect(scribe.getByText('At most 90.')).toBeVisible();
  await page.getByTestId('scribe-settings-transcriptDays').fill('7');
  await scribe.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(scribe.getByText('Saved.')).toBeVisible();

  const { api, close } = await ownerApi(hub);
  try {
    expect(await api.settings.scribe.get.query()).toMatchObject({ audioHoursAfterSigning: 0, transcriptDays: 7 });
  } finally {
    await close();
  }
});
