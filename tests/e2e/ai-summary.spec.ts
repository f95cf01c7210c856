import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_AI_SETTINGS } from '../../src/shared/schemas/ai';
import { OpenAiStandIn } from '../support/openai-stand-in';
import { OWNER, hubForThisSpec, ownerApi, ownerIsTheDoctor, signInAsOwner } from './spec-hub';

/**
 * The medical history summary on a patient's chart, with AI off: a patient seen twice for
 * hypertension, allergic to penicillin. The doctor drafts the summary (the record's own), accepts
 * it, and the saved summary names hypertension with links to both visits and to the allergy list;
 * a visit's link opens that visit.
 */
const ARTIFACTS = 'tests/e2e/artifacts';
const hub = hubForThisSpec({ setUp: true });
let server: OpenAiStandIn;
const visitIds: string[] = [];

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/ai-summary-${name}.png`, fullPage: true });
}

test.beforeAll(async () => {
  server = await OpenAiStandIn.start();
  const { api, close } = await ownerApi(hub);
  try {
    // The model server is set up but AI is off: the summary is the local engine's, and nothing is sent.
    await api.settings.ai.save.mutate({ ...DEFAULT_AI_SETTINGS, enabled: false, baseUrl: server.baseUrl, defaultModel: 'llama3.2:3b' });
    await ownerIsTheDoctor(api);
    const room = await api.rooms.save.mutate({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true });
    const patient = await api.patients.register.mutate({ fullName: 'Rahman bin Yusof', identityType: 'mykad', identityNo: '620505-10-5111', allergies: [{ allergen: 'Penicillin', reaction: 'rash', severity: 'severe' }] });
    for (const complaint of ['headache', 'BP review']) {
      const { visitId } = await api.queue.checkIn.mutate({ patientId: patient.id, roomId: room.id, chiefComplaint: complaint, priority: 'normal' });
      await api.queue.callNext.mutate({ roomId: room.id });
      const note = await api.consultation.saveNote.mutate({ visitId, version: 0, note: { subjective: complaint, objective: 'BP 150/95', assessment: 'Hypertension', plan: 'Lifestyle advice' } });
      const coded = await api.consultation.saveDiagnoses.mutate({ visitId, version: note.version, diagnoses: [{ code: 'I10', primary: true }] });
      await api.consultation.finish.mutate({ visitId, version: coded.version });
      visitIds.push(visitId);
    }
  } finally {
    await close();
  }
});
test.afterAll(() => server.close());

test('the doctor drafts the history summary with AI off, accepts it, and follows a link back to a visit', async ({ page }) => {
  await signInAsOwner(page);
  await page.getByTestId('nav-patients').click();
  await page.getByTestId('patient-search').fill('Rahman bin Yusof');
  await expect(page.getByTestId('search-result-allergies')).toContainText('Penicillin');
  await page.getByTestId('patient-search').press('Enter');
  const card = page.getByTestId('history-summary');
  await expect(card).toContainText('No summary accepted yet.');

  await card.getByTestId('history-summary-draft-open').click();
  const draft = card.getByTestId('history-summary-draft');
  await expect(draft.getByTestId('ai-draft-notice')).toHaveAttribute('data-source', 'local');
  await expect(draft.getByTestId('ai-draft-notice')).toContainText('clinician support only');
  await expect(draft.getByTestId('summary-draft-text').first().locator('textarea').first()).toHaveValue(/^Essential \(primary\) hypertension \(I10\): 2 visits/);
  await shot(page, '01-draft');
  await draft.getByTestId('summary-accept').click();

  const current = card.getByTestId('history-summary-current');
  const hypertension = current.getByTestId('summary-statement').filter({ hasText: 'hypertension' });
  await expect(hypertension).toContainText('Hypertension', { ignoreCase: true });
  for (const visitId of visitIds) await expect(hypertension.locator(`[data-testid="summary-source-visit"][data-source-id="${visitId}"]`)).toBeVisible();
  const allergy = current.getByTestId('summary-section-allergies').getByTestId('summary-statement');
  await expect(allergy).toContainText('Penicillin: rash, severe');
  await expect(allergy.getByTestId('summary-source-allergy')).toHaveText('Allergy list: Penicillin');
  await expect(current).toContainText(`Accepted by ${OWNER.displayName}`);
  await expect(current).toContainText('drafted from the record');
  expect(server.received).toEqual([]);
  await shot(page, '02-saved');

  await hypertension.locator(`[data-testid="summary-source-visit"][data-source-id="${visitIds[0]}"]`).click();
  await expect(page).toHaveURL(new RegExp(`consultation\\?visit=${visitIds[0]}`));
  await expect(page.getByText('headache').first()).toBeVisible();
  await shot(page, '03-visit');
});
