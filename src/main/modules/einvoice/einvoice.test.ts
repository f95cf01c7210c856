import { afterAll, describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { MyInvoisStub } from '../../../../tests/support/myinvois-stub';
import { pharmacyClinic } from '../../../../tests/support/pharmacy-clinic';
import { refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import { DEFAULT_EINVOICE_SETTINGS, type EinvoiceBuyer } from '../../../shared/schemas/einvoice';
import { WALK_IN_TIER } from '../../../shared/schemas/medicines';
import { AppError } from '../../errors/app-error';
import { StoreLocation } from '../../hub/store-location';
import { ScopedKeychain } from '../../store/scoped-keychain';
import { EinvoiceSubmissions } from './einvoice-submissions';
import { einvoiceKey } from './key';
import { MyInvoisClient } from './myinvois-client';
import { invoiceV10Schema } from './ubl-structure';
import { senOf } from './ubl-values';

// 10:00 in Kuala Lumpur on a November weekday: the standard consultation fee's hours.
const NOVEMBER = new Date('2026-11-10T02:00:00Z');
const CREDENTIALS = { clientId: 'klinik-mesra-erp', clientSecret: 'sandbox-secret-123' };
const UNKNOWN_TIN = 'IG99999999999';

const SETTINGS = {
  ...DEFAULT_EINVOICE_SETTINGS,
  tin: 'C25845632020',
  brn: '202001234567',
  phone: '+60312345678',
  email: 'akaun@klinikmesra.my',
  address: { line: 'No. 12, Jalan Mesra 3, Taman Mesra', city: 'Kuala Lumpur', postcode: '53000', stateCode: '14' as const },
};

const clinic = clinicForTests(async () => {
  const pharmacy = await pharmacyClinic({ clock: () => NOVEMBER });
  const paracetamol = await pharmacy.medicine('PCM500');
  await pharmacy.receive(paracetamol.id, 'P-1', '2028-06-30', 500);
  const listed = (await pharmacy.admin.medicines.list({ includeRetired: false })).find((medicine) => medicine.id === paracetamol.id);
  if (!listed) throw new Error('PCM500 not listed');
  await pharmacy.admin.medicines.save({ ...listed, prices: [{ tier: WALK_IN_TIER, priceSen: 15 }] });
  const finance = (await userWithRoles(pharmacy.testHub, pharmacy.admin, 'kamal.finance', ['finance'])).caller;
  const surgery = await pharmacy.admin.fees.save({ code: 'MINOR-OP', name: 'Minor operation', kind: 'procedure', priceSen: 1_200_000, taxable: false, doctorId: null, fromTime: null, toTime: null, active: true });
  /** A finished visit, its tablets handed over, invoiced at the counter. */
  const invoiced = async (fullName: string, options: { passportNo?: string; feeId?: string } = {}) => {
    const visit = await pharmacy.finishedVisit(fullName, [{ medicineId: paracetamol.id }], [], options.passportNo);
    const view = await pharmacy.pharmacist.dispensing.open({ visitId: visit.visitId });
    await pharmacy.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: view.lines.map((line) => ({ prescriptionLineId: line.prescriptionLineId, quantity: line.owed })) });
    return pharmacy.reception.billing.issue({ visitId: visit.visitId, fees: options.feeId ? [{ feeId: options.feeId, quantity: 1 }] : [] });
  };
  const stub = await MyInvoisStub.start({ ...CREDENTIALS, unknownBuyerTins: [UNKNOWN_TIN] });
  const open = pharmacy.open;
  // The hub's own services, with the client pointed at the local stand-in instead of LHDN's hosts.
  const secrets = new ScopedKeychain(pharmacy.testHub.keychain, new StoreLocation(pharmacy.testHub.dataDir).keychainAccount);
  const documents = open.services.of(einvoiceKey).documents;
  const submissions = new EinvoiceSubmissions(documents, secrets, (settings, clientSecret) => new MyInvoisClient({ hosts: stub.hosts, clientId: settings.clientId, clientSecret, timeoutMs: 2000 }));
  const financeActor = { userId: (await pharmacy.admin.users.list()).find((user) => user.username === 'kamal.finance')?.id ?? '', name: 'kamal.finance' };
  const run = <T>(work: Parameters<typeof open.work.run<T>>[1]) => open.work.run(financeActor, work);
  /** What the router's submit does, with the stand-in's client. */
  const submit = async (documentId: string) => {
    const job = await run((uow) => submissions.prepareSubmit(uow, { documentId }));
    const outcome = await submissions.send(job);
    return run((uow) => submissions.recordSubmit(uow, job, outcome));
  };
  const check = async (documentId: string) => {
    const job = await run((uow) => submissions.prepareCheck(uow, { documentId }));
    const outcome = await submissions.check(job);
    return run((uow) => submissions.recordCheck(uow, job, outcome));
  };
  const documentJson = async (documentId: string) => JSON.parse((await run((uow) => documents.record(uow, documentId))).documentJson) as unknown;
  return { ...pharmacy, finance, surgery, invoiced, stub, submit, check, documentJson };
});

afterAll(() => clinic.stub?.close());

/** The code a direct service call (not through the API) is refused with. */
async function serviceRefusal(call: Promise<unknown>): Promise<string | null> {
  return call.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
}

const buyer = (overrides: Partial<EinvoiceBuyer> = {}): EinvoiceBuyer => ({
  name: 'Tan Ah Kow',
  tin: 'IG21136626090',
  idType: 'NRIC',
  idNo: '710101-10-8101',
  sstNo: '',
  email: '',
  phone: '+60123456789',
  address: { line: 'No. 3, Jalan Bunga', city: 'Petaling Jaya', postcode: '46000', stateCode: '10', countryCode: 'MYS' },
  ...overrides,
});

describe("a clinic month's e-invoices, end to end against the local MyInvois stand-in", () => {
  it('builds the consolidated e-invoice from the sales that need none of their own, submits it and records MyInvois’s verdicts', async () => {
    expect(await refusalOf(clinic.finance.einvoice.buildConsolidated({ month: '2026-11' }))).toBe('EINVOICE_SETTINGS_INCOMPLETE');
    await clinic.admin.settings.einvoice.save(SETTINGS);
    const profile = await clinic.admin.settings.profile.get();
    await clinic.admin.settings.profile.save({ ...profile, tax: { enabled: true, name: 'SST', rateBasisPoints: 600, registrationNo: 'W10-1808-32000123' } });

    const citizen = await clinic.invoiced('Siti Aminah');
    const foreigner = await clinic.invoiced('Budi Santoso', { passportNo: 'B1234567' });
    const requested = await clinic.invoiced('Tan Ah Kow');
    const large = await clinic.invoiced('Lee Chong Wei', { feeId: clinic.surgery.id });
    const voided = await clinic.invoiced('Wong Mei Ling');
    await clinic.admin.billing.voidInvoice({ invoiceId: voided.id, reason: 'wrong patient' });
    const after = await clinic.invoiced('Ahmad Faizal');
    expect(foreigner.taxSen).toBeGreaterThan(0);
    expect(large.totalSen).toBeGreaterThan(1_000_000);

    const own = await clinic.finance.einvoice.buildIndividual({ invoiceId: requested.id, buyer: buyer() });
    expect([own.kind, own.status, own.totalSen, own.invoices.map((invoice) => invoice.number)]).toEqual(['individual', 'draft', requested.totalSen, [requested.number]]);
    expect(await refusalOf(clinic.finance.einvoice.buildIndividual({ invoiceId: requested.id, buyer: buyer() }))).toBe('EINVOICE_ALREADY_ISSUED');
    expect(await refusalOf(clinic.finance.einvoice.buildIndividual({ invoiceId: voided.id, buyer: buyer() }))).toBe('EINVOICE_INVOICE_VOID');

    const month = await clinic.finance.einvoice.month({ month: '2026-11' });
    expect(month.dueBy).toBe('2026-12-07');
    expect(month.ownRequired.map((sale) => [sale.number, sale.document])).toEqual([[large.number, null]]);
    expect(month.plan.sales).toBe(3);
    expect(month.plan.totalSen).toBe(citizen.totalSen + foreigner.totalSen + after.totalSen);

    const first = await clinic.finance.einvoice.buildConsolidated({ month: '2026-11' });
    // A patient who asks for their own e-invoice before the month is sent: the unsent consolidated draft goes.
    const lateRequest = await clinic.invoiced('Kavitha Raman');
    const stale = await clinic.finance.einvoice.buildConsolidated({ month: '2026-11' });
    expect(stale.totalSen).toBe(month.plan.totalSen + lateRequest.totalSen);
    const late = await clinic.finance.einvoice.buildIndividual({ invoiceId: lateRequest.id, buyer: buyer({ name: 'Kavitha Raman', idNo: '850505-10-5050' }) });
    expect(late.status).toBe('draft');
    expect((await clinic.finance.einvoice.month({ month: '2026-11' })).consolidated).toEqual([]);
    const built = await clinic.finance.einvoice.buildConsolidated({ month: '2026-11' });
    const listed = await clinic.finance.einvoice.month({ month: '2026-11' });
    // Rebuilding replaced the draft: the month has one consolidated e-invoice.
    expect(listed.consolidated.map((doc) => doc.id)).toEqual([built.id]);
    expect([first.id, stale.id]).not.toContain(built.id);
    expect([built.buyerTin, built.totalSen, built.taxSen]).toEqual(['EI00000000010', month.plan.totalSen, foreigner.taxSen]);
    const json = invoiceV10Schema.parse(await clinic.documentJson(built.id));
    expect(json.Invoice[0].InvoiceLine.map((line) => line.Item[0].Description[0]._)).toEqual([`Invoices ${citizen.number} to ${foreigner.number} (2 sales)`, `Invoice ${after.number}`]);
    expect(senOf(json.Invoice[0].LegalMonetaryTotal[0].PayableAmount)).toBe(built.totalSen);

    // Submission is off until the clinic turns it on; then it needs the client ID and the secret.
    expect(await refusalOf(clinic.finance.einvoice.submit({ documentId: built.id }))).toBe('EINVOICE_SUBMISSION_OFF');
    await clinic.admin.settings.einvoice.save({ ...SETTINGS, submissionEnabled: true, clientId: CREDENTIALS.clientId });
    expect(await serviceRefusal(clinic.submit(built.id))).toBe('EINVOICE_CREDENTIALS_MISSING');
    expect(await clinic.admin.einvoice.secretStored()).toBe(false);
    await clinic.admin.einvoice.setSecret({ clientSecret: CREDENTIALS.clientSecret });
    expect(await clinic.admin.einvoice.secretStored()).toBe(true);

    const submitted = await clinic.submit(built.id);
    expect([submitted.status, submitted.submissionUid, submitted.documentUuid]).toEqual(['submitted', expect.stringMatching(/^[A-Z0-9]{26}$/), expect.stringMatching(/^[A-Z0-9]{26}$/)]);
    expect(clinic.stub.received.at(-1)?.codeNumber).toBe(built.codeNumber);
    expect(await serviceRefusal(clinic.submit(built.id))).toBe('EINVOICE_NOT_DRAFT');
    const valid = await clinic.check(built.id);
    expect([valid.status, valid.longId, valid.messages]).toEqual(['valid', expect.stringMatching(/^LID/), []]);
    expect(await refusalOf(clinic.finance.einvoice.buildConsolidated({ month: '2026-11' }))).toBe('EINVOICE_ALREADY_ISSUED');

    // The individual one, for a buyer whose TIN MyInvois does not find: submitted, then invalid with the reason.
    const wrongTin = await clinic.finance.einvoice.buildIndividual({ invoiceId: large.id, buyer: buyer({ name: 'Lee Chong Wei', tin: UNKNOWN_TIN, idNo: '820101-14-5555' }) });
    expect((await clinic.submit(wrongTin.id)).status).toBe('submitted');
    const invalid = await clinic.check(wrongTin.id);
    expect(invalid.status).toBe('invalid');
    expect(invalid.messages[0].message).toContain(UNKNOWN_TIN);
    // Refused by MyInvois, the sale may be e-invoiced again.
    expect((await clinic.finance.einvoice.buildIndividual({ invoiceId: large.id, buyer: buyer({ name: 'Lee Chong Wei', idNo: '820101-14-5555' }) })).status).toBe('draft');

    expect((await clinic.admin.audit.list({ action: 'einvoice.build' })).length).toBe(7);
    expect((await clinic.admin.audit.list({ action: 'einvoice.submit' })).length).toBe(2);
    expect((await clinic.admin.audit.list({ action: 'einvoice.check' })).length).toBe(2);
    expect((await clinic.admin.audit.list({ action: 'einvoice.setSecret' })).length).toBe(1);
  });

  it('records a document MyInvois rejects at submission with its validation answer, and leaves a draft unchanged when MyInvois cannot be reached', async () => {
    const sale = await clinic.invoiced('Nurul Huda');
    const draft = await clinic.finance.einvoice.buildIndividual({ invoiceId: sale.id, buyer: buyer({ name: 'Nurul Huda', idNo: '900202-10-1234' }) });
    clinic.stub.force({ status: 429, retryAfter: 30 });
    expect(await serviceRefusal(clinic.submit(draft.id))).toBe('EINVOICE_RATE_LIMITED');
    clinic.stub.force({ hangMs: 4000 });
    expect(await serviceRefusal(clinic.submit(draft.id))).toBe('EINVOICE_UNREACHABLE');
    expect((await clinic.finance.einvoice.document({ documentId: draft.id })).status).toBe('draft');
    clinic.stub.force({ status: 400, body: { error: { errorCode: 'BadStructure', error: 'Submission structure is not valid', propertyPath: 'documents', details: [{ code: 'CF001', message: 'document is not base64', target: draft.codeNumber, propertyPath: 'documents[0].document' }] } } });
    const rejected = await clinic.submit(draft.id);
    expect(rejected.status).toBe('rejected');
    expect(rejected.messages).toEqual([{ code: 'CF001', message: 'document is not base64', target: draft.codeNumber, path: 'documents[0].document' }]);
  });
});
