import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import { formatCsv } from '../../../shared/csv';
import type { ImportBeginInput } from '../../../shared/schemas/patient-import';

type Caller = Awaited<ReturnType<typeof clinicWithReceptionist>>['admin'];

const clinic = clinicForTests(() => clinicWithReceptionist({ clock: () => new Date('2026-11-23T02:00:00Z') }));

const MALAY_HEADERS: ImportBeginInput = {
  mapping: { fullName: 'Nama', identityNo: 'No KP', dateOfBirth: 'Tarikh Lahir', sex: 'Jantina', phone: 'Telefon', address: 'Alamat', postcode: 'Poskod' },
  hasHeader: true,
  dateFormat: 'DD/MM/YYYY',
};
const HEADER = ['Nama', 'No KP', 'Tarikh Lahir', 'Jantina', 'Telefon', 'Alamat', 'Poskod', 'Nota'];

/** Uploads `text` in pieces of `pieceSize` characters and returns the import's id. */
async function upload(caller: Caller, text: string, settings = MALAY_HEADERS, pieceSize = 37): Promise<string> {
  const { importId } = await caller.patients.importBegin(settings);
  for (let start = 0; start < text.length; start += pieceSize) await caller.patients.importChunk({ importId, text: text.slice(start, start + pieceSize) });
  return importId;
}

/** `count` valid MyKad holders born 1 Feb 1980, numbered from `from`, one a row. */
function myKadRows(count: number, from: number): string[][] {
  return Array.from({ length: count }, (_, i) => [`Pesakit ${from + i}`, `800201-10-${String(from + i).padStart(4, '0')}`, '', '', '', '', '', '']);
}

describe('patient CSV import', () => {
  it('maps, previews, and imports exactly the valid, new rows, which are then searchable', async () => {
    const existing = await clinic.reception.patients.register({ fullName: 'Lim Wei Jie', identityType: 'mykad', identityNo: '920304-14-5677' });
    const csv = formatCsv([
      HEADER,
      ['Siti Aminah binti Yusof', '790111-06-5432', '11/01/1979', 'P', '012-345 6789; 03-7876 4321', '12 Jalan Mawar, Taman "Melati"', '53100', 'x'],
      ['Bad Date', '791311-06-5432', '', '', '', '', '', ''],
      ['Lim W J', '920304145677', '', '', '', '', '', ''],
      ['Siti again', '790111065432', '', '', '', '', '', ''],
      ['Wrong Sex', '850615-14-5231', '', 'perempuan', '', '', '', ''],
      ['', '850615-14-5233', '', '', '', '', '', ''],
      ['Kumar a/l Muthu', '850615-14-5235', '15/06/1985', 'L', '+60 16-222 3333; 1234', '', '', ''],
    ]);
    const importId = await upload(clinic.admin, csv);
    const preview = await clinic.admin.patients.importPreview({ importId });
    expect(preview.totals).toEqual({ rows: 7, valid: 2, rejected: 3, duplicatesInFile: 1, duplicatesInStore: 1, warnings: 1 });
    expect(preview.rows.map((row) => [row.row, row.status])).toEqual([
      [2, 'valid'], [3, 'rejected'], [4, 'duplicate'], [5, 'duplicate'], [6, 'rejected'], [7, 'rejected'], [8, 'valid'],
    ]);
    expect(preview.rows[0]).toMatchObject({ fullName: 'Siti Aminah binti Yusof', identityNo: '790111-06-5432', dateOfBirth: '1979-01-11', sex: 'female', phone: '+60 12 345 6789, +60 3 7876 4321' });
    // A phone that cannot be one is left out and flagged; the patient is still imported.
    expect(preview.rows[6]).toMatchObject({ phone: '+60 16 222 3333', status: 'valid', warnings: ['phone-unreadable'] });

    const result = await clinic.admin.patients.importCommit({ importId });
    expect(result.imported).toBe(2);
    expect(result.warnings).toEqual([{ row: 8, reason: 'phone-unreadable' }]);
    expect(result.rejected).toEqual([
      { row: 3, reason: 'identity', detail: 'date' },
      { row: 6, reason: 'identity', detail: 'mismatch' },
      { row: 7, reason: 'field', detail: 'fullName' },
    ]);
    expect(result.duplicates).toEqual([
      { row: 4, existingMrn: existing.mrn, firstRow: null },
      { row: 5, existingMrn: null, firstRow: 2 },
    ]);
    expect(Number(result.lastMrn?.slice(4))).toBe(Number(existing.mrn.slice(4)) + 2);
    const [siti] = await clinic.reception.patients.search({ query: '790111065432' });
    expect(siti).toMatchObject({ fullName: 'Siti Aminah binti Yusof', mrn: result.firstMrn, phones: ['+60 12 345 6789', '+60 3 7876 4321'] });
    expect((await clinic.reception.patients.search({ query: 'Kumar Muthu' })).map((p) => p.mrn)).toEqual([result.lastMrn]);
    const stored = await clinic.reception.patients.get({ id: siti.id });
    expect(stored.address).toBe('12 Jalan Mawar, Taman "Melati"');
    // The imported version is the record itself, saved by whoever imported it.
    const history = await clinic.reception.patients.history({ id: siti.id });
    expect(history.map((v) => [v.version, v.changedByName])).toEqual([[1, 'Dr Aminah']]);
    expect(history[0].snapshot).toEqual(stored);
    // The import deferred the search trigger only while it wrote: a registration after it is indexed.
    const next = await clinic.reception.patients.register({ fullName: 'Registered After Import', identityType: 'other', identityNo: 'AFTER-1' });
    expect((await clinic.reception.patients.search({ query: 'After Import' })).map((p) => p.id)).toEqual([next.id]);

    // One row for the import as a whole; the staging and the chunks written have rows of their own.
    const audit = (await clinic.admin.audit.list({ entity: 'patient', action: 'patient.import', limit: 500 })).filter((row) => row.action === 'patient.import');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityId: importId, after: { importId, rows: 7, imported: 2, rejected: 3, duplicates: 2, firstMrn: result.firstMrn, lastMrn: result.lastMrn } });
    expect(await refusalOf(clinic.admin.patients.importPreview({ importId }))).toBe('NOT_FOUND');
  });

  it('reads a file without a header by column position, with ISO dates and a document type column', async () => {
    const settings: ImportBeginInput = { mapping: { fullName: 'Column 2', identityNo: 'Column 1', identityType: 'Column 3', nationality: 'Column 4', dateOfBirth: 'Column 5' }, hasHeader: false, dateFormat: 'MM/DD/YYYY' };
    const csv = 'P7654321,Rahul Kumar,Passport,IND,1990-05-05\r\nP7654322,Ravi Kumar,pasport,IND,12/31/1989\r\nX1,No Type,visa,,\r\n';
    const importId = await upload(clinic.admin, csv, settings, 5);
    const preview = await clinic.admin.patients.importPreview({ importId });
    expect(preview.totals).toMatchObject({ rows: 3, valid: 2, rejected: 1 });
    expect(preview.rows.map((row) => row.dateOfBirth)).toEqual(['1990-05-05', '1989-12-31', null]);
    expect(preview.rows[2].rejection).toEqual({ row: 3, reason: 'field', detail: 'identityType' });
  });

  it('reads spaced MyKads as MyKads, finds a card already on file however it was written, and flags a MyKad-shaped other document', async () => {
    const onFile = await clinic.reception.patients.register({ fullName: 'Old Other Card', identityType: 'other', identityNo: '660101 08 1234', confirmOtherDocument: true });
    const csv = formatCsv([
      HEADER,
      ['Spaced Card', '530321 04 4869', '', '', '', '', '', ''],
      ['Same Card Dashed', '530321-04-4869', '', '', '', '', '', ''],
      ['Card On File', '660101-08-1234', '', '', '', '', '', ''],
      ['Short Card', '74011512570', '', '', '', '', '', ''],
    ]);
    const importId = await upload(clinic.admin, csv);
    const preview = await clinic.admin.patients.importPreview({ importId });
    expect(preview.totals).toEqual({ rows: 4, valid: 2, rejected: 0, duplicatesInFile: 1, duplicatesInStore: 1, warnings: 1 });
    expect(preview.rows.map((row) => [row.identityType, row.identityNo, row.status, row.warnings])).toEqual([
      ['mykad', '530321-04-4869', 'valid', []],
      ['mykad', '530321-04-4869', 'duplicate', []],
      ['mykad', '660101-08-1234', 'duplicate', []],
      ['other', '74011512570', 'valid', ['identity-looks-like-mykad']],
    ]);
    expect(preview.rows[2].duplicate).toEqual({ row: 4, existingMrn: onFile.mrn, firstRow: null });
    const result = await clinic.admin.patients.importCommit({ importId });
    expect(result.imported).toBe(2);
    expect(result.warnings).toEqual([{ row: 5, reason: 'identity-looks-like-mykad' }]);
    const [spaced] = await clinic.reception.patients.search({ query: 'Spaced Card' });
    expect(spaced).toMatchObject({ identityType: 'mykad', identityNo: '530321-04-4869', dateOfBirth: '1953-03-21' });
  });

  it('reads the dates old systems write, and keeps the MyKad\'s date of birth over a different or unreadable one, flagged', async () => {
    const csv = formatCsv([
      HEADER,
      ['Named Month', 'P-NAMED-1', '29 May 2012', '', '', '', '', ''],
      ['Two Digit Year', 'P-SHORT-1', '15-01-74', '', '', '', '', ''],
      ['Dotted', 'P-DOTS-1', '14.11.1960', '', '', '', '', ''],
      ['Card Disagrees', '760204-10-5517', '04/02/1977', '', '', '', '', ''],
      ['Card Unreadable Date', '760205-10-5519', 'Feb 1976', '', '', '', '', ''],
      ['Card Agrees', '760206-10-5511', '6 Feb 1976', '', '', '', '', ''],
    ]);
    const preview = await clinic.admin.patients.importPreview({ importId: await upload(clinic.admin, csv) });
    expect(preview.totals).toMatchObject({ rows: 6, valid: 6, rejected: 0, warnings: 2 });
    expect(preview.rows.map((row) => [row.dateOfBirth, row.warnings])).toEqual([
      ['2012-05-29', []],
      ['1974-01-15', []],
      ['1960-11-14', []],
      ['1976-02-04', ['date-of-birth-mismatch']],
      ['1976-02-05', ['date-of-birth-mismatch']],
      ['1976-02-06', []],
    ]);
  });

  it('reads a semicolon-separated export with a BOM and quoted fields, or the separator the user chose', async () => {
    const csv = '\uFEFFNama;No KP;Tarikh Lahir;Jantina;Telefon;Alamat;Poskod;Nota\r\n"Wong; Ah Fatt";P-SEMI-1;;;;"3, Lorong 5; Taman ""Jaya""";;\r\nSiew Ling;P-SEMI-2;;;;;;\r\n';
    const preview = await clinic.admin.patients.importPreview({ importId: await upload(clinic.admin, csv) });
    expect(preview.delimiter).toBe(';');
    expect(preview.totals).toMatchObject({ rows: 2, valid: 2, rejected: 0 });
    expect(preview.rows.map((row) => [row.fullName, row.identityNo])).toEqual([['Wong; Ah Fatt', 'P-SEMI-1'], ['Siew Ling', 'P-SEMI-2']]);
    const result = await clinic.admin.patients.importCommit({ importId: await upload(clinic.admin, csv, { ...MALAY_HEADERS, delimiter: ';' }) });
    expect(result.imported).toBe(2);
    const [wong] = await clinic.reception.patients.search({ query: 'Wong; Ah' });
    expect((await clinic.reception.patients.get({ id: wong.id })).address).toBe('3, Lorong 5; Taman "Jaya"');
    // Read with a comma, the semicolon header is one column: the mapping names columns it does not have.
    expect(await refusalOf(upload(clinic.admin, csv, { ...MALAY_HEADERS, delimiter: ',' }, 4000))).toBe('VALIDATION_FAILED');
  });

  it('refuses a mapping naming a column the file does not have', async () => {
    const { importId } = await clinic.admin.patients.importBegin({ ...MALAY_HEADERS, mapping: { ...MALAY_HEADERS.mapping, email: 'Emel' } });
    expect(await refusalOf(clinic.admin.patients.importChunk({ importId, text: `${HEADER.join(',')}\n` }))).toBe('VALIDATION_FAILED');
  });

  it('writes nothing when the commit fails partway, and the import can be tried again', async () => {
    // A legacy MRN already holding a number the sequence will hand out 150 rows in (inside the first chunk): the UNIQUE
    // constraint fails partway through the rows, with the search trigger deferred.
    const legacy = await clinic.reception.patients.register({ fullName: 'Legacy Holder', identityType: 'other', identityNo: 'LEGACY-1' });
    const collidesAt = Number(legacy.mrn.slice(4)) + 150;
    const open = clinic.testHub.hub.open();
    if (!open) throw new Error('store not open');
    await open.store.transaction((db) => db.query(`UPDATE patients SET mrn = ? WHERE id = ?`, [`MRN-${String(collidesAt).padStart(6, '0')}`, legacy.id]));

    const importId = await upload(clinic.admin, formatCsv([HEADER, ...myKadRows(300, 1)]), MALAY_HEADERS, 4000);
    expect((await clinic.admin.patients.importPreview({ importId })).totals).toMatchObject({ rows: 300, valid: 300 });
    const auditBefore = await clinic.admin.audit.list({ entity: 'patient', limit: 500 });
    expect(await refusalOf(clinic.admin.patients.importCommit({ importId }))).toBe('INTERNAL');
    expect(await clinic.reception.patients.search({ query: '800201' })).toEqual([]);
    expect(await clinic.admin.audit.list({ entity: 'patient', limit: 500 })).toEqual(auditBefore);
    // The rollback gave the numbers back and undid the deferral: the next walk-in gets the first
    // number the import had taken, and is found by search.
    const mrnAfter = (offset: number): string => `MRN-${String(Number(legacy.mrn.slice(4)) + offset).padStart(6, '0')}`;
    const walkIn = await clinic.reception.patients.register({ fullName: 'Walk In After Failure', identityType: 'other', identityNo: 'WALKIN-1' });
    expect(walkIn.mrn).toBe(mrnAfter(1));
    expect((await clinic.reception.patients.search({ query: 'After Failure' })).map((p) => p.id)).toEqual([walkIn.id]);

    // Fixing the legacy MRN lets the same import through.
    await open.store.transaction((db) => db.query(`UPDATE patients SET mrn = 'LEGACY-000001' WHERE id = ?`, [legacy.id]));
    const result = await clinic.admin.patients.importCommit({ importId });
    expect(result.imported).toBe(300);
    expect(result.firstMrn).toBe(mrnAfter(2));
    expect((await clinic.reception.patients.search({ query: '800201-10-0300' })).map((p) => p.fullName)).toEqual(['Pesakit 300']);
  });

  it('is for admins only, and one user cannot continue another user’s import', async () => {
    expect(await refusalOf(clinic.reception.patients.importBegin(MALAY_HEADERS))).toBe('FORBIDDEN');
    const other = (await userWithRoles(clinic.testHub, clinic.admin, 'owner2', ['admin'])).caller;
    const importId = await upload(clinic.admin, formatCsv([HEADER]));
    expect(await refusalOf(other.patients.importPreview({ importId }))).toBe('NOT_FOUND');
  });

  it('keeps the audit chain intact', async () => {
    expect(await clinic.admin.audit.verify()).toMatchObject({ ok: true });
  });
});
