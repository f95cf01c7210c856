import { beforeAll, describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../tests/support/clinic-for-tests';
import { readPdf, requirePoppler, savePagePng } from '../../../tests/support/pdf-pages';
import { registerWalkIn, setUpClinic, startTestHub } from '../../../tests/support/test-hub';
import type { Actor } from '../audit/audit-log';
import { clinicKey } from '../modules';
import type { UnitOfWork } from '../work/unit-of-work';
import { DocumentsService, documentFileName, renderDocument } from './documents-service';
import { MEDICAL_CERTIFICATE, REFERRAL_LETTER, sampleMedicalCertificate, sampleReferralLetter } from './medical-certificate.fixture';

/** 09:41 on 23 November 2026 in Kuala Lumpur. */
const ISSUED_AT = new Date('2026-11-23T01:41:00Z');

let now = ISSUED_AT;
const clinic = clinicForTests(async () => {
  const testHub = await startTestHub({ clock: () => now });
  const { admin } = await setUpClinic(testHub);
  const patientId = await registerWalkIn(admin.caller, 'Tan Ah Kow');
  const actor: Actor = { userId: admin.user.id, name: admin.user.displayName };
  return { testHub, admin: admin.caller, actor, patientId };
});

beforeAll(() => requirePoppler());

/** One unit of work on the hub's open store, as a procedure would run it, acting as the admin. */
function inUnitOfWork<T>(work: (uow: UnitOfWork, documents: DocumentsService) => Promise<T>, at = ISSUED_AT): Promise<T> {
  const open = clinic.testHub.hub.open();
  if (!open) throw new Error('the store is not open');
  now = at;
  return open.work.run(clinic.actor, (uow) => work(uow, new DocumentsService(open.services.of(clinicKey).clinic)));
}

const issueMc = (at = ISSUED_AT) => inUnitOfWork((uow, documents) => documents.issue(uow, MEDICAL_CERTIFICATE, sampleMedicalCertificate(), { patientId: clinic.patientId }), at);
const issueReferral = () => inUnitOfWork((uow, documents) => documents.issue(uow, REFERRAL_LETTER, sampleReferralLetter(), { patientId: clinic.patientId }));
/** The PDF's lines of text, spaces collapsed, blank lines left out. */
const textOf = async (pdf: Buffer): Promise<string[]> =>
  (await readPdf(pdf)).pages
    .join('\n')
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
const serialsOf = (documents: { serial: string }[]): string[] => documents.map((document) => document.serial);

describe('issuing documents', () => {
  it('numbers each kind in its own series, without gaps, with the year in the clinic’s time zone', async () => {
    const issued = [await issueMc(), await issueReferral(), await issueMc(), await issueMc(), await issueReferral()];
    expect(serialsOf(issued)).toEqual(['MC-2026-00001', 'RL-2026-00001', 'MC-2026-00002', 'MC-2026-00003', 'RL-2026-00002']);
    // 00:30 on New Year's Day in Kuala Lumpur is still 2026 in UTC.
    expect((await issueMc(new Date('2026-12-31T16:30:00Z'))).serial).toBe('MC-2027-00001');
  });

  it('gives the serial back when the unit of work that took it rolls back', async () => {
    const last = Number((await issueMc()).serial.slice(-5));
    const next = `MC-2026-${String(last + 1).padStart(5, '0')}`;
    const before = await inUnitOfWork((uow, documents) => documents.listForPatient(uow, clinic.patientId));
    const failed = inUnitOfWork(async (uow, documents) => {
      const taken = await documents.issue(uow, MEDICAL_CERTIFICATE, sampleMedicalCertificate(), { patientId: clinic.patientId });
      throw new Error(`the visit could not be finished after ${taken.serial}`);
    });
    await expect(failed).rejects.toThrow(`after ${next}`);
    expect(await inUnitOfWork((uow, documents) => documents.listForPatient(uow, clinic.patientId))).toEqual(before);
    expect((await issueMc()).serial).toBe(next);
    const audited = await clinic.admin.audit.list({ action: 'document.issue', limit: 100 });
    expect(audited.filter((entry) => (entry.after as { serial: string }).serial === next)).toHaveLength(1);
  });

  it('refuses content that is not a page document (a row with a cell missing)', async () => {
    const broken = { ...sampleReferralLetter(), blocks: [{ kind: 'table' as const, columns: [{ title: 'A', width: 1 }, { title: 'B', width: 1 }], rows: [['only one']] }] };
    await expect(inUnitOfWork((uow, documents) => documents.issue(uow, REFERRAL_LETTER, broken))).rejects.toThrow(/one cell per column/);
  });
});

describe('reprints', () => {
  it('print the same document again, marked as a numbered copy, counted and audited', async () => {
    const original = await issueMc();
    const originalPdf = await renderDocument(original);
    const first = await inUnitOfWork((uow, documents) => documents.reprint(uow, original.id), new Date('2026-11-25T03:00:00Z'));
    const second = await inUnitOfWork((uow, documents) => documents.reprint(uow, original.id));
    expect(first.document).toEqual(original.document);
    expect([first.copy, second.copy]).toEqual([1, 2]);
    expect([documentFileName(original), documentFileName(second)]).toEqual([`${original.serial}.pdf`, `${original.serial}-copy-2.pdf`]);

    const copyPdf = await renderDocument(second);
    const [originalText, copyText] = [await textOf(originalPdf), await textOf(copyPdf)];
    // The copy's text is the original's and one more line: the mark (its big outline across the page is not text).
    expect(copyText.filter((line) => line !== 'SALINAN / COPY #2')).toEqual(originalText);
    expect(copyText).toContain('SALINAN / COPY #2');
    expect(originalText.join('\n')).not.toMatch(/SALINAN|COPY #/);
    await savePagePng(copyPdf, 'documents-a5-medical-certificate-copy');

    expect((await inUnitOfWork((uow, documents) => documents.get(uow, original.id))).reprintCount).toBe(2);
    const trail = await clinic.admin.audit.list({ entity: 'document', entityId: original.id });
    expect(trail.map((entry) => entry.action).sort()).toEqual(['document.issue', 'document.reprint', 'document.reprint']);
    expect(trail.every((entry) => entry.actorUserId === clinic.actor.userId)).toBe(true);
  });

  it('refuses to reprint a document that is not in the archive, or that was altered behind the store’s back', async () => {
    const open = clinic.testHub.hub.open();
    if (!open) throw new Error('the store is not open');
    await expect(inUnitOfWork((uow, documents) => documents.reprint(uow, '0195f7a2-0000-7000-8000-00000000dead'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const forged = await issueReferral();
    // Someone with the store key who also drops the trigger (in this test's own store): the hash still tells.
    await open.store.transaction(async (db) => {
      await db.query(`DROP TRIGGER issued_documents_unchanged`);
      await db.query(`UPDATE issued_documents SET document_json = replace(document_json, 'persistent cough', 'fracture') WHERE id = ?`, [forged.id]);
    });
    await expect(inUnitOfWork((uow, documents) => documents.reprint(uow, forged.id))).rejects.toMatchObject({ code: 'INTERNAL', details: { reason: 'document-altered' } });
  });
});

describe('the archive', () => {
  it('verifies a serial by its printed code, however typed, and tells nothing of the content', async () => {
    const issued = await issueMc();
    const code = issued.document.stamp?.verificationCode ?? '';
    const typedBack = ` ${code.toLowerCase().replace('-', ' ')}`.replace(/0/g, 'o');
    expect(await inUnitOfWork((uow, documents) => documents.verify(uow, issued.serial.toLowerCase(), typedBack))).toEqual({
      status: 'valid',
      kind: 'medical-certificate',
      serial: issued.serial,
      issuedAt: ISSUED_AT.toISOString(),
      cancelledAt: null,
      leave: null,
    });
    expect(await inUnitOfWork((uow, documents) => documents.verify(uow, issued.serial, 'AAAA-AAAA'))).toEqual({ status: 'unknown' });
    expect(await inUnitOfWork((uow, documents) => documents.verify(uow, 'MC-1999-00001', code))).toEqual({ status: 'unknown' });
  });

  it('survives a hub restart: the same documents, reprinted with the same text', async () => {
    const issued = await issueMc();
    const listed = await inUnitOfWork((uow, documents) => documents.listForPatient(uow, clinic.patientId));
    const before = await textOf(await renderDocument(await inUnitOfWork((uow, documents) => documents.reprint(uow, issued.id))));
    await clinic.testHub.restart();
    const after = await inUnitOfWork((uow, documents) => documents.listForPatient(uow, clinic.patientId));
    expect(after.map(({ reprintCount: _count, ...rest }) => rest)).toEqual(listed.map(({ reprintCount: _count, ...rest }) => rest));
    expect(after.find((document) => document.id === issued.id)).toMatchObject({ id: issued.id, serial: issued.serial, title: 'Sijil Cuti Sakit / Medical Certificate', patientId: clinic.patientId, issuedBy: clinic.actor.userId });
    const again = await textOf(await renderDocument(await inUnitOfWork((uow, documents) => documents.reprint(uow, issued.id))));
    expect(again.map((line) => line.replace('COPY #2', 'COPY #1'))).toEqual(before);
  });
});
