import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { OpenAiStandIn } from '../../../../tests/support/openai-stand-in';
import { procedures } from '../../../../tests/support/router-procedures';
import { clinicWithReceptionist, refusalOf } from '../../../../tests/support/test-hub';
import { DEFAULT_AI_SETTINGS, type AiSettings } from '../../../shared/schemas/ai';
import { LEAKS, SITI } from '../../ai/privacy/sample-patients';

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist();
  const server = await OpenAiStandIn.start();
  const configure = (changes: Partial<AiSettings>) => admin.settings.ai.save({ ...DEFAULT_AI_SETTINGS, enabled: true, baseUrl: server.baseUrl, defaultModel: 'llama3.2:3b', maxRetries: 0, ...changes });
  return { testHub, admin, reception, server, configure };
});

afterAll(() => clinic.server?.close());
beforeEach(() => clinic.server.reset());

const CLOSE_DAY = { question: 'how do I close the day?', route: '/queue' };
const SCREEN = `Queue\nWaiting (2)\nNo.\tTicket\tPatient\n1\tA001\t${SITI.fullName} · IC ${SITI.identityNo} · Tel ${SITI.phones[0]}\n2\tA002\tTan · 012-987 6543`;
const SUMMARY = { question: 'Summarise this screen', route: '/queue', screenText: SCREEN };

describe('the in-app assistant', () => {
  it('is a read-only query anyone signed in may ask', async () => {
    expect(procedures.find((p) => p.path === 'ai.assistant.ask')).toMatchObject({ type: 'query', meta: { access: { kind: 'signed-in' }, work: 'staged' } });
    expect(await refusalOf(clinic.testHub.caller(null).ai.assistant.ask(CLOSE_DAY))).toBe('NOT_SIGNED_IN');
    expect(await refusalOf(clinic.reception.ai.assistant.ask({ question: '', route: '/' }))).not.toBeNull();
    expect(await refusalOf(clinic.reception.ai.assistant.ask({ ...SUMMARY, screenText: 'x'.repeat(8001) }))).not.toBeNull();
  });

  it('answers from its own help with AI off, sending nothing and writing nothing', async () => {
    await clinic.admin.settings.ai.save(DEFAULT_AI_SETTINGS);
    const before = (await clinic.admin.audit.list({ limit: 1 }))[0].seq;
    const reply = await clinic.reception.ai.assistant.ask(CLOSE_DAY);
    expect(reply).toMatchObject({ source: 'local', fallbackReason: 'disabled', disclaimer: null, content: { kind: 'answer', topicIds: ['close-the-day'] } });
    const malay = await clinic.reception.ai.assistant.ask({ question: 'macam mana nak tutup kedai hari ini', route: '/' });
    expect(malay.content).toMatchObject({ language: 'ms', topicIds: ['close-the-day'] });
    expect(clinic.server.received).toEqual([]);
    const after = await clinic.admin.audit.list({ limit: 5 });
    expect(after.filter((row) => row.seq > before && row.action !== 'audit.list')).toEqual([]);
  });

  it('takes the model’s answer when it cites the topics it was given', async () => {
    await clinic.configure({});
    clinic.server.reply({ kind: 'answer', text: '{"answer": "Count every drawer, then Close the day on Till & closing.", "steps": ["Close each till.", "Press Close the day."], "topicIds": ["close-the-day"]}' });
    const reply = await clinic.reception.ai.assistant.ask(CLOSE_DAY);
    expect(reply).toMatchObject({ source: 'model', content: { kind: 'answer', text: 'Count every drawer, then Close the day on Till & closing.', topicIds: ['close-the-day'] } });
    const sent = clinic.server.bodies().join('\n');
    expect(sent).toContain('[close-the-day]');
  });

  it('falls back to its own answer on an uncited or made-up topic, garbage, a 429 and a timeout', async () => {
    await clinic.configure({ timeoutSeconds: 1 });
    clinic.server.reply(
      { kind: 'answer', text: '{"answer": "Press the red button.", "steps": [], "topicIds": []}' },
      { kind: 'answer', text: '{"answer": "Use the Shutdown screen.", "steps": [], "topicIds": ["shutdown-screen"]}' },
      { kind: 'garbage', body: 'not json {' },
      { kind: 'status', status: 429 },
      { kind: 'hang' },
    );
    const reasons = [];
    for (let i = 0; i < 5; i += 1) {
      const reply = await clinic.reception.ai.assistant.ask(CLOSE_DAY);
      expect(reply).toMatchObject({ source: 'local', content: { topicIds: ['close-the-day'] } });
      reasons.push(reply.fallbackReason);
    }
    expect(reasons).toEqual(['bad-answer', 'bad-answer', 'bad-answer', 'rate-limited', 'timeout']);
  });

  it('asks no model when its help has nothing on the question', async () => {
    await clinic.configure({});
    const reply = await clinic.reception.ai.assistant.ask({ question: 'what is the weather tomorrow', route: '/' });
    expect(reply).toMatchObject({ source: 'local', fallbackReason: null, content: { kind: 'unknown' } });
    expect(clinic.server.received).toEqual([]);
  });

  it('never sends a MyKad or phone shown on the screen to the model', async () => {
    await clinic.configure({});
    clinic.server.reply({ kind: 'answer', text: (messages) => JSON.stringify({ answer: `Two patients wait, ${/\[NAME_\d+\]|PATIENT_[A-Z0-9]{6}/.exec(messages[1]?.content ?? '')?.[0] ?? 'someone'} first.`, steps: [], topicIds: ['check-in-walk-in'] }) });
    const reply = await clinic.reception.ai.assistant.ask(SUMMARY);
    expect(reply.source).toBe('model');
    expect(reply.content.screen?.counts).toMatchObject({ sections: [{ label: 'Waiting', count: 2 }], rows: 2, tickets: 2 });
    const sent = clinic.server.bodies().join('\n');
    expect(sent).toContain('A001');
    // The MyKad and phone forms of the sample patient (LEAKS), and the other phone on the screen.
    const forms = (LEAKS[SITI.fullName] ?? []).filter((form) => /^[+\d][\d -]{6,}$/.test(form));
    expect(forms).toContain('850312-14-5678');
    for (const value of [...forms, '012-987 6543', '0129876543']) expect(sent).not.toContain(value);
  });
});
