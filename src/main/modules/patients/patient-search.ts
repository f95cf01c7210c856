import type { EntityManager } from 'typeorm';
import type { IdentityType } from '../../../shared/identity/identity';
import type { PatientSearchResult } from '../../../shared/schemas/patients';
import { sqliteConnection } from '../../store/store';
import type { SqliteDatabase } from '../../store/store-file';
import { searchPlan } from './patient-search-plan';

type Statement = ReturnType<SqliteDatabase['prepare']>;

/** A result line as the plans select it. */
interface ResultRow {
  id: string;
  mrn: string;
  full_name: string;
  identity_type: IdentityType;
  identity_no: string;
  phones_json: string;
  date_of_birth: string | null;
  sex: 'male' | 'female' | null;
  allergies_json: string;
  no_known_allergies_json: string | null;
}

/**
 * Search as you type (see searchPlan for what is found, in which order). Each plan's statement
 * is prepared once per connection: TypeORM's `query` prepares again in every transaction, and
 * its entity hydration cost as much as the search itself.
 */
export class PatientSearch {
  /** Per connection (a restored store has a new one), per plan: a few dozen at most, one per number of terms. */
  private readonly statements = new WeakMap<SqliteDatabase, Map<string, Statement>>();

  /** Runs in the caller's unit of work, on its connection. */
  find(db: EntityManager, query: string): PatientSearchResult[] {
    const plan = searchPlan(query);
    const rows = this.statement(sqliteConnection(db), plan.sql).all(plan.params) as ResultRow[];
    return rows.map(toSearchResult);
  }

  private statement(sqlite: SqliteDatabase, sql: string): Statement {
    let prepared = this.statements.get(sqlite);
    if (!prepared) {
      prepared = new Map();
      this.statements.set(sqlite, prepared);
    }
    let statement = prepared.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      prepared.set(sql, statement);
    }
    return statement;
  }
}

function toSearchResult(row: ResultRow): PatientSearchResult {
  return {
    id: row.id,
    mrn: row.mrn,
    fullName: row.full_name,
    identityType: row.identity_type,
    identityNo: row.identity_no,
    phones: JSON.parse(row.phones_json) as string[],
    dateOfBirth: row.date_of_birth,
    sex: row.sex,
    allergies: JSON.parse(row.allergies_json) as PatientSearchResult['allergies'],
    noKnownAllergiesRecorded: row.no_known_allergies_json ? (JSON.parse(row.no_known_allergies_json) as PatientSearchResult['noKnownAllergiesRecorded']) : null,
  };
}
