import { expect, test } from '@playwright/test';
import { hubForThisSpec, signInAsOwner } from './spec-hub';

/**
 * Farah opens the assistant from the top bar with AI off: "how do I close the day?" gives the
 * till's closing steps with a link that opens Till & closing; the same in Malay; then a summary
 * of the screen she is on.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
hubForThisSpec({ setUp: true });

test('the assistant answers from the help, in English and Malay, and summarises the screen', async ({ page }) => {
  await signInAsOwner(page);
  await page.goto('/#/queue');
  await page.getByTestId('assistant-open').click();
  const panel = page.getByTestId('assistant-panel');
  await panel.getByTestId('assistant-question').fill('how do I close the day?');
  await panel.getByTestId('assistant-ask').click();
  const answer = panel.getByTestId('assistant-answer');
  await expect(answer).toHaveAttribute('data-kind', 'answer');
  await expect(answer.getByTestId('ai-draft-notice')).toContainText('AI is switched off');
  await expect(answer.getByTestId('assistant-steps')).toContainText('Close the day');
  await page.screenshot({ path: `${ARTIFACTS}/ai-assistant-en.png`, fullPage: true });
  await answer.getByTestId('assistant-topic-close-the-day').click();
  await expect(page).toHaveURL(/#\/till$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Till & closing');

  await page.getByTestId('assistant-open').click();
  await panel.getByTestId('assistant-question').fill('macam mana nak tutup kedai hari ini');
  await panel.getByTestId('assistant-ask').click();
  await expect(answer.getByTestId('assistant-text')).toContainText('Tutup hari dan cetak laporan Z');
  await expect(answer.getByTestId('assistant-topic-close-the-day')).toContainText('Buka Kaunter tunai & tutup hari');
  await page.screenshot({ path: `${ARTIFACTS}/ai-assistant-ms.png`, fullPage: true });

  await panel.getByTestId('assistant-summarise').click();
  await expect(answer).toHaveAttribute('data-kind', 'summary');
  await expect(answer.getByTestId('assistant-text')).toContainText('You are on Till & closing');
  await expect(answer.getByTestId('assistant-topic-open-close-till')).toBeVisible();
});
