import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { labReportPdf, scannedReportPdf } from '../../../../tests/support/lab-report-pdf';
import { OpenAiStandIn } from '../../../../tests/support/openai-stand-in';
import { clinicWithReceptionist, refusalDetailsOf, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import { CLINICAL_DISCLAIMER } from '../../../shared/ai-draft';
import type { LabRow } from '../../../shared/lab-results';
import { DEFAULT_AI_SETTINGS, type AiSettings } from '../../../shared/schemas/ai';
import { LAB_PDF_MAX_BYTES } from '../../../shared/schemas/ai-labs';
import { readLabReport } from '../../ai/features/labs/lab-report-reader';
import type { PatientIdentifiers } from '../../ai/privacy/own-identifiers';
import { PRIYA, SITI, TAN } from '../../ai/privacy/sample-patients';
import { leaksIn } from '../../../../tests/support/ai-leaks';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../../ai/features/labs/fixtures', name), 'utf8');
const REPORTS = { siti: fixture('pathlab-fbc-lipid.txt'), tan: fixture('lablink-diabetes.txt'), priya: fixture('bp-liver-thyroid.txt') };
/** What each report's header prints that the patient's record does not hold (the lab's own numbers). */
const LAB_NUMBERS = { siti: ['PL2612-0044187'], tan: ['LL-26-1205-3391'], priya: ['BPL/2026/778812'] };
const NATIONALITY: Record<PatientIdentifiers['identityType'], string | null> = { mykad: null, aadhaar: 'IND', passport: 'SGP', other: null };

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist();
  const room = await admin.rooms.save({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true });
  const doctor = (await userWithRoles(testHub, admin, 'dr.lim', ['doctor'])).caller;
  const visitOf = async (patient: PatientIdentifiers) => {
    const { mrn: _mrn, ...fields } = patient;
    const registered = await admin.patients.register({ ...fields, nationality: NATIONALITY[patient.identityType], allergies: [] });
    const checkIn = await reception.queue.checkIn({ patientId: registered.id, roomId: room.id, chiefComplaint: 'lab results review', priority: 'normal' });
    await doctor.queue.callNext({ roomId: room.id });
    return checkIn.visitId;
  };
  const visits = { siti: await visitOf(SITI), tan: await visitOf(TAN), priya: await visitOf(PRIYA) };
  const server = await OpenAiStandIn.start();
  const configure = (changes: Partial<AiSettings>) => admin.settings.ai.save({ ...DEFAULT_AI_SETTINGS, enabled: true, baseUrl: server.baseUrl, defaultModel: 'llama3.2:3b', maxRetries: 0, ...changes });
  return { testHub, admin, reception, doctor, visits, server, configure };
});

afterAll(() => clinic.server?.close());
beforeEach(() => clinic.server.reset());

const MONTH = new Date().toISOString().slice(0, 7);
const asPrinted = (rows: LabRow[]) => rows.map((row) => ({ test: row.test, value: row.value, unit: row.unit, range: row.range.text, labFlag: row.labFlag }));
const glucose = (rows: LabRow[]) => rows.find((row) => row.test === 'Glucose (Fasting)');
const pasted = (text: string) => ({ kind: 'text' as const, text });
const uploaded = async (text: string) => ({ kind: 'pdf' as const, base64: (await labReportPdf(text)).toString('base64') });

describe('reading an outside lab’s report into rows', () => {
  it('is the local reading with AI off, from pasted text or its PDF alike, with nothing sent and nothing written', async () => {
    await clinic.admin.settings.ai.save(DEFAULT_AI_SETTINGS);
    const fromText = await clinic.doctor.ai.labs.extract({ visitId: clinic.visits.tan, report: pasted(REPORTS.tan) });
    expect(fromText).toMatchObject({ status: 'suggested', source: 'local', fallbackReason: 'disabled', interactionId: null, disclaimer: CLINICAL_DISCLAIMER });
    expect(glucose(fromText.content.rows)).toMatchObject({ value: '7.2', number: 7.2, unit: 'mmol/L', range: { low: 3.9, high: 6.1, text: '3.9-6.1' }, flag: 'high' });
    const fromPdf = await clinic.doctor.ai.labs.extract({ visitId: clinic.visits.tan, report: await uploaded(REPORTS.tan) });
    expect(fromPdf.content.rows.map((row) => [row.test, row.value, row.unit, row.flag])).toEqual(fromText.content.rows.map((row) => [row.test, row.value, row.unit, row.flag]));
    expect(clinic.server.received).toEqual([]);
    expect((await clinic.doctor.consultation.visit({ visitId: clinic.visits.tan })).encounter).toBeNull();
  });

  it('is the model’s reading when every value it gives is on the report, and no identifier of the report or the patient reaches the model', async () => {
    await clinic.configure({});
    for (const key of ['siti', 'tan', 'priya'] as const) {
      const report = REPORTS[key];
      const rows = readLabReport(report);
      for (const source of [pasted(report), await uploaded(report)]) {
        clinic.server.reset();
        clinic.server.reply({ kind: 'answer', text: JSON.stringify({ rows: asPrinted(rows) }) });
        const draft = await clinic.doctor.ai.labs.extract({ visitId: clinic.visits[key], report: source });
        expect(draft, `${key} ${source.kind}`).toMatchObject({ source: 'model', fallbackReason: null });
        expect(draft.content.rows.map((row) => [row.test, row.value, row.flag])).toEqual(rows.map((row) => [row.test, row.value, row.flag]));
        expect(clinic.server.received).toHaveLength(1);
        const sent = clinic.server.bodies().join('\n');
        expect(leaksIn(sent)).toEqual([]);
        for (const labNumber of LAB_NUMBERS[key]) expect(sent).not.toContain(labNumber);
        // The results themselves are what the model is asked about.
        expect(sent).toContain(rows[0].test);
      }
    }
  });

  it('falls back to the local reading when the model invents a value, and logs it as a bad answer', async () => {
    await clinic.configure({});
    const rows = asPrinted(readLabReport(REPORTS.tan));
    const invented = rows.map((row) => (row.test === 'Glucose (Fasting)' ? { ...row, value: '5.4' } : row));
    const madeUpRange = rows.map((row) => (row.test === 'eGFR' ? { ...row, range: '>60' } : row));
    clinic.server.reply({ kind: 'answer', text: JSON.stringify({ rows: invented }) }, { kind: 'answer', text: JSON.stringify({ rows: madeUpRange }) });
    for (let i = 0; i < 2; i += 1) {
      const draft = await clinic.doctor.ai.labs.extract({ visitId: clinic.visits.tan, report: pasted(REPORTS.tan) });
      expect(draft).toMatchObject({ source: 'local', fallbackReason: 'bad-answer' });
      expect(glucose(draft.content.rows)?.value).toBe('7.2');
      const logged = (await clinic.admin.ai.interactions({ month: MONTH })).find((row) => row.id === draft.interactionId);
      expect(logged).toMatchObject({ feature: 'labs', outcome: 'failed', failure: 'bad-answer' });
    }
  });

  it('falls back on a 429, a timeout and garbage, saying why', async () => {
    await clinic.configure({ timeoutSeconds: 1 });
    clinic.server.reply({ kind: 'status', status: 429 }, { kind: 'hang' }, { kind: 'answer', text: 'Here are the results: HAEMOGLOBIN is fine.' });
    const reasons = [];
    for (let i = 0; i < 3; i += 1) {
      const draft = await clinic.doctor.ai.labs.extract({ visitId: clinic.visits.tan, report: pasted(REPORTS.tan) });
      expect(glucose(draft.content.rows)?.flag).toBe('high');
      reasons.push(draft.fallbackReason);
    }
    expect(reasons).toEqual(['rate-limited', 'timeout', 'bad-answer']);
  });

  it('says a scanned PDF has no text, refuses empty or oversized input, and is the note writers’ only', async () => {
    const visitId = clinic.visits.siti;
    const scanned = { kind: 'pdf' as const, base64: (await scannedReportPdf()).toString('base64') };
    expect(await refusalOf(clinic.doctor.ai.labs.extract({ visitId, report: scanned }))).toBe('LAB_PDF_NO_TEXT');
    expect(await refusalOf(clinic.doctor.ai.labs.extract({ visitId, report: { kind: 'pdf', base64: Buffer.from('HAEMOGLOBIN 13.5').toString('base64') } }))).toBe('LAB_PDF_UNREADABLE');
    expect(await refusalOf(clinic.doctor.ai.labs.extract({ visitId, report: pasted('   ') }))).toBe('VALIDATION_FAILED');
    const tooBig = await refusalDetailsOf(clinic.doctor.ai.labs.extract({ visitId, report: { kind: 'pdf', base64: 'A'.repeat(Math.ceil(LAB_PDF_MAX_BYTES / 3) * 4 + 4) } }));
    expect(tooBig).toMatchObject({ code: 'VALIDATION_FAILED', details: { issues: [{ kind: 'tooLong' }] } });
    expect(await refusalOf(clinic.doctor.ai.labs.extract({ visitId, report: { kind: 'pdf', base64: 'not base64!' } }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.reception.ai.labs.extract({ visitId, report: pasted(REPORTS.siti) }))).toBe('FORBIDDEN');
    expect(clinic.server.received).toEqual([]);
  });
});
