import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MyInvoisStub } from '../../../../tests/support/myinvois-stub';
import { buildIndividual } from './document-builder';
import { documentHash, MyInvoisClient, MyInvoisError } from './myinvois-client';

const CREDENTIALS = { clientId: 'clinic-erp', clientSecret: 'sandbox-secret-123' };
const UNKNOWN_TIN = 'IG99999999999';

let stub: MyInvoisStub;
beforeAll(async () => {
  stub = await MyInvoisStub.start({ ...CREDENTIALS, unknownBuyerTins: [UNKNOWN_TIN] });
});
afterAll(() => stub.close());

function document(codeNumber: string, buyerTin = 'C10987654321') {
  const built = buildIndividual(
    { invoiceId: 'i1', number: 'INV-2026-000001', clinicDate: '2026-11-10', billTo: 'Syarikat Panel', void: false, panel: true, totalSen: 3500, lines: [{ description: 'General consultation', quantity: 1, unitPriceSen: 3500, amountSen: 3500, discountSen: 0, taxRateBp: 0, taxSen: 0 }] },
    { name: 'Syarikat Panel Sdn Bhd', tin: buyerTin, idType: 'BRN', idNo: '201901000001', sstNo: '', email: '', phone: '+60387654321', address: { line: 'Lot 5, Jalan Industri', city: 'Shah Alam', postcode: '40000', stateCode: '10', countryCode: 'MYS' } },
    { name: 'Klinik Mesra', tin: 'C25845632020', brn: '202001234567', sstNo: '', msicCode: '86201', activityDescription: 'General medical practice activities', email: '', phone: '+60312345678', address: { line: 'No. 12, Jalan Mesra 3', city: 'Kuala Lumpur', postcode: '53000', stateCode: '14', countryCode: 'MYS' } },
    { codeNumber, issuedAt: new Date('2026-12-01T02:00:00Z') },
    '022',
  );
  return { codeNumber, json: JSON.stringify(built.document) };
}

const client = (overrides: Partial<ConstructorParameters<typeof MyInvoisClient>[0]> = {}) => new MyInvoisClient({ hosts: stub.hosts, ...CREDENTIALS, timeoutMs: 2000, ...overrides });

async function failureOf(promise: Promise<unknown>): Promise<MyInvoisError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof MyInvoisError)) throw new Error(`expected a MyInvoisError, got ${String(error)}`);
  return error;
}

describe('the MyInvois client against the local stand-in', () => {
  it('logs in once with client credentials and keeps the token until it expires', async () => {
    const before = stub.tokensIssued.length;
    const myinvois = client();
    await myinvois.submit([document('EINV-T-1')]);
    await myinvois.submit([document('EINV-T-2')]);
    expect(stub.tokensIssued.length - before).toBe(1);
    let now = Date.now();
    const ticking = client({ now: () => now });
    await ticking.submit([document('EINV-T-3')]);
    now += 3600_000;
    await ticking.submit([document('EINV-T-4')]);
    expect(stub.tokensIssued.length - before).toBe(3);
  });

  it('submits a document, which is accepted and then found valid, with its hash over the exact bytes sent', async () => {
    const sent = document('EINV-A-1');
    const myinvois = client();
    const answer = await myinvois.submit([sent]);
    expect(answer.rejectedDocuments).toEqual([]);
    expect(answer.acceptedDocuments).toEqual([{ uuid: expect.stringMatching(/^[A-Z0-9]{26}$/), invoiceCodeNumber: 'EINV-A-1' }]);
    expect(stub.received.at(-1)?.document).toEqual(JSON.parse(sent.json));
    expect(documentHash(sent.json)).toMatch(/^[0-9a-f]{64}$/);
    const status = await myinvois.submission(answer.submissionUid ?? '');
    expect(status.documentSummary.map((summary) => [summary.internalId, summary.status])).toEqual([['EINV-A-1', 'Valid']]);
  });

  it('answers a rejected document with the validation answer, and an invalid one with its validation steps', async () => {
    const broken = document('EINV-R-1');
    const spoilt = JSON.parse(broken.json) as { Invoice: { IssueTime: { _: string }[] }[] };
    spoilt.Invoice[0].IssueTime[0]._ = '10:00';
    const myinvois = client();
    const answer = await myinvois.submit([{ codeNumber: 'EINV-R-1', json: JSON.stringify(spoilt) }]);
    expect(answer.acceptedDocuments).toEqual([]);
    expect(answer.rejectedDocuments[0].invoiceCodeNumber).toBe('EINV-R-1');
    expect(answer.rejectedDocuments[0].error.details?.map((detail) => detail.propertyPath)).toContain('Invoice.0.IssueTime.0._');

    const invalid = await myinvois.submit([document('EINV-R-2', UNKNOWN_TIN)]);
    const [accepted] = invalid.acceptedDocuments;
    expect((await myinvois.submission(invalid.submissionUid ?? '')).documentSummary[0].status).toBe('Invalid');
    const details = await myinvois.documentDetails(accepted.uuid);
    expect(details.validationResults?.validationSteps?.find((step) => step.status === 'Invalid')?.error?.message).toContain(UNKNOWN_TIN);
  });

  it('gets a new token once when a call answers 401, and says unauthorised when the secret is wrong', async () => {
    const myinvois = client();
    await myinvois.submit([document('EINV-U-1')]);
    const before = stub.tokensIssued.length;
    stub.expireTokens();
    await myinvois.submit([document('EINV-U-2')]);
    expect(stub.tokensIssued.length - before).toBe(1);
    const wrong = await failureOf(client({ clientSecret: 'not-the-secret' }).submit([document('EINV-U-3')]));
    expect([wrong.kind, wrong.status]).toEqual(['unauthorised', 400]);
  });

  it('says which failure it was: a 400 with the answer, a 429 with Retry-After, a timeout, an unreachable host', async () => {
    const myinvois = client({ timeoutMs: 300 });
    await myinvois.submit([document('EINV-F-0')]);
    stub.force({ status: 400, body: { error: { errorCode: 'BadStructure', error: 'Submission structure is not valid' } } });
    const bad = await failureOf(myinvois.submit([document('EINV-F-1')]));
    expect([bad.kind, bad.status, bad.answer]).toEqual(['bad-request', 400, { error: { errorCode: 'BadStructure', error: 'Submission structure is not valid' } }]);
    stub.force({ status: 429, retryAfter: 7 });
    const limited = await failureOf(myinvois.submit([document('EINV-F-2')]));
    expect([limited.kind, limited.retryAfterSeconds]).toEqual(['rate-limited', 7]);
    stub.force({ hangMs: 5000 });
    expect((await failureOf(myinvois.submit([document('EINV-F-3')]))).kind).toBe('timeout');
    stub.force({ status: 503 });
    expect((await failureOf(myinvois.submission('X'))).kind).toBe('server');
    const nowhere = new MyInvoisClient({ hosts: { identity: 'http://127.0.0.1:9', api: 'http://127.0.0.1:9' }, ...CREDENTIALS, timeoutMs: 1000 });
    expect((await failureOf(nowhere.submit([document('EINV-F-4')]))).kind).toBe('network');
  });
});
