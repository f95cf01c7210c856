import type { ImportDuplicate, ImportRejection, ImportWarning } from '../../../shared/schemas/patient-import';
import type { PatientFields } from '../../../shared/schemas/patients';
import type { UnitOfWork } from '../../work/unit-of-work';
import { compactIdentityNo, mykadOrOtherOnFile } from './identity-on-file';
import { mapRecord, type ColumnIndexes, type RowReading } from './import-rows';
import type { StagedRecord } from './import-store';

export interface ValidRow {
  row: number;
  fields: PatientFields;
  warnings: ImportWarning['reason'][];
}

/** Data rows of a staged file sorted into valid (with any warnings), rejected (with the reason) and repeated in the file. */
export interface CheckedRows {
  valid: ValidRow[];
  rejected: ImportRejection[];
  inFile: ImportDuplicate[];
}

/** A MyKad and another document with the same digits are one card (see identity-on-file.ts). */
const identityKey = (fields: Pick<PatientFields, 'identityType' | 'identityNo'>): string =>
  fields.identityType === 'mykad' || fields.identityType === 'other' ? `mykad-or-other:${compactIdentityNo(fields.identityNo)}` : `${fields.identityType}:${fields.identityNo}`;

/**
 * Checks rows as the counter would, a page at a time, in file order; a document seen earlier in
 * the file (on this page or an earlier one) makes the later row a duplicate.
 */
export class RowChecker {
  private readonly firstRowOf = new Map<string, number>();

  constructor(
    private readonly columns: ColumnIndexes,
    private readonly reading: RowReading,
  ) {}

  check(records: readonly StagedRecord[]): CheckedRows {
    const checked: CheckedRows = { valid: [], rejected: [], inFile: [] };
    for (const { row, cells } of records) {
      const mapped = mapRecord(cells, row, this.columns, this.reading);
      if (!mapped.ok) {
        checked.rejected.push(mapped.rejection);
        continue;
      }
      const key = identityKey(mapped.fields);
      const firstRow = this.firstRowOf.get(key);
      if (firstRow !== undefined) {
        checked.inFile.push({ row, existingMrn: null, firstRow });
        continue;
      }
      this.firstRowOf.set(key, row);
      checked.valid.push({ row, fields: mapped.fields, warnings: mapped.warnings });
    }
    return checked;
  }
}

const LOOKUP_BATCH = 500;

/** The MRN of the living patient already holding each row's document, for rows whose document is on file. */
export async function findInStore(uow: UnitOfWork, rows: readonly ValidRow[]): Promise<Map<number, string>> {
  const byType = new Map<string, ValidRow[]>();
  for (const row of rows) {
    const ofType = byType.get(row.fields.identityType);
    if (ofType) ofType.push(row);
    else byType.set(row.fields.identityType, [row]);
  }
  const found = new Map<number, string>();
  for (const [identityType, ofType] of byType) {
    for (let start = 0; start < ofType.length; start += LOOKUP_BATCH) {
      const batch = ofType.slice(start, start + LOOKUP_BATCH);
      if (identityType === 'mykad' || identityType === 'other') {
        const onFile = await mykadOrOtherOnFile(uow.db, identityType, batch.map((row) => row.fields.identityNo));
        for (const row of batch) {
          const patient = onFile.get(compactIdentityNo(row.fields.identityNo));
          if (patient) found.set(row.row, patient.mrn);
        }
        continue;
      }
      const existing = await uow.db.query<{ identity_no: string; mrn: string }[]>(
        `SELECT identity_no, mrn FROM patients
         WHERE identity_type = ? AND merged_into_id IS NULL AND identity_no IN (${batch.map(() => '?').join(',')})`,
        [identityType, ...batch.map((row) => row.fields.identityNo)],
      );
      const mrnOf = new Map(existing.map((patient) => [patient.identity_no, patient.mrn]));
      for (const row of batch) {
        const mrn = mrnOf.get(row.fields.identityNo);
        if (mrn) found.set(row.row, mrn);
      }
    }
  }
  return found;
}
