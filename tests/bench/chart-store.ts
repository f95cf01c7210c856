import type { SqliteDatabase } from '../../src/main/store/store-file';
import { SeededRandom, type BenchPatient } from './patient-generator';

/**
 * A clinic's years of visits written straight into the real tables of a store the hub made
 * (its migrations, indexes and triggers), in transactions, as SQL: a million visits through the
 * API would take hours, and the benchmark measures reading them, not writing them.
 * Each visit went through the doctor's room and the pharmacy, has a signed note with one to
 * three diagnoses, and about a third have vitals; the two patients the benchmark opens have
 * vitals at every visit.
 */

export interface ChartStoreOptions {
  patients: readonly BenchPatient[];
  visits: number;
  seed: number;
}

export interface FilledChartStore {
  /** The patient seen 500 times, spread over the years, and the one seen 5 times. */
  frequentId: string;
  rareId: string;
  /** The newest visit of the frequent patient: the one a doctor opens from the timeline. */
  frequentLatestVisitId: string;
  counts: { patients: number; visits: number; queueEntries: number; encounters: number; diagnoses: number; vitals: number };
}

export const FREQUENT_VISITS = 500;
export const RARE_VISITS = 5;
const YEARS = 10;
const BATCH = 10_000;
const FIRST_DAY = Date.UTC(2016, 0, 4);
const DAY_MS = 86_400_000;

const DIAGNOSES: readonly (readonly [string, string])[] = [
  ['J06.9', 'Acute upper respiratory infection, unspecified'],
  ['J02.9', 'Acute pharyngitis, unspecified'],
  ['I10', 'Essential (primary) hypertension'],
  ['E11.9', 'Type 2 diabetes mellitus without complications'],
  ['A09', 'Infectious gastroenteritis and colitis, unspecified'],
  ['M54.50', 'Low back pain, unspecified'],
  ['K30', 'Functional dyspepsia'],
  ['J45.909', 'Unspecified asthma, uncomplicated'],
  ['N39.0', 'Urinary tract infection, site not specified'],
  ['E78.5', 'Hyperlipidemia, unspecified'],
  ['R50.9', 'Fever, unspecified'],
  ['A90', 'Dengue fever [classical dengue]'],
];
const COMPLAINTS = ['Demam dan batuk', 'Sakit tekak', 'Follow-up darah tinggi', 'Diabetes review', 'Cirit-birit', 'Sakit belakang', 'Gastrik', 'Asma', 'Sakit kepala'];

/** uuid-shaped (version 7, so the API's id schemas accept it) and deterministic: a kind digit and a counter. */
export const benchUuid = (kind: number, n: number): string => `0195f7a2-000${kind}-7000-8000-${n.toString(16).padStart(12, '0')}`;

export function fillChartStore(db: SqliteDatabase, options: ChartStoreOptions): FilledChartStore {
  const random = new SeededRandom(options.seed);
  const { patients } = options;
  if (patients.length < 3) throw new Error('the chart store needs at least 3 patients');
  const doctor = db.prepare(`SELECT id FROM users ORDER BY created_at LIMIT 1`).get() as { id: string } | undefined;
  if (!doctor) throw new Error('the store has no user to be the doctor');
  const doctorId = doctor.id;
  const [consultationRoom, pharmacy] = [benchUuid(1, 1), benchUuid(1, 2)];
  const now = new Date().toISOString();
  db.prepare(`INSERT INTO rooms (id, code, name, kind, ticket_prefix, active, created_at, updated_at) VALUES (?, 'B1', 'Bilik Bench', 'consultation', 'A', 1, ?, ?), (?, 'BP', 'Farmasi Bench', 'pharmacy', 'P', 1, ?, ?)`).run(
    consultationRoom,
    now,
    now,
    pharmacy,
    now,
    now,
  );

  const insertPatient = db.prepare(
    `INSERT INTO patients (id, mrn, full_name, identity_type, identity_no, date_of_birth, sex, phones_json, email, address, created_at, updated_at, version)
     VALUES (?, ?, ?, 'mykad', ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  runInBatches(db, patients.length, (i) => {
    const p = patients[i];
    insertPatient.run(p.id, p.mrn, p.fullName, p.identityNo, p.dateOfBirth, p.sex === 'M' ? 'male' : 'female', JSON.stringify([p.phone]), p.email, p.address, p.createdAt, p.createdAt);
  });

  const insertVisit = db.prepare(
    `INSERT INTO visits (id, patient_id, clinic_date, chief_complaint, priority, emergency_reason, ticket_no, status, created_at, updated_at) VALUES (?, ?, ?, ?, 'normal', NULL, ?, 'done', ?, ?)`,
  );
  const insertEntry = db.prepare(`INSERT INTO queue_entries (id, visit_id, room_id, status, position, called_at, called_count, created_at, updated_at) VALUES (?, ?, ?, 'done', 0, ?, 1, ?, ?)`);
  const insertEncounter = db.prepare(
    `INSERT INTO encounters (id, visit_id, patient_id, doctor_id, status, subjective, objective, assessment, plan, version, created_at, updated_at, updated_by, signed_at, signed_by)
     VALUES (?, ?, ?, ?, 'signed', ?, ?, ?, ?, 3, ?, ?, ?, ?, ?)`,
  );
  const insertDiagnosis = db.prepare(`INSERT INTO encounter_diagnoses (id, encounter_id, code, description, is_primary, position) VALUES (?, ?, ?, ?, ?, ?)`);
  const insertVitals = db.prepare(
    `INSERT INTO vitals (id, visit_id, patient_id, recorded_at, entered_at, recorded_by, recorded_by_name, systolic, diastolic, pulse, temperature, spo2, weight, height, bmi)
     VALUES (?, ?, ?, ?, ?, ?, 'Bench Nurse', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const days = YEARS * 365;
  const perDay = Math.ceil(options.visits / days);
  // The two opened patients' visits sit at evenly spaced slots, so they fall on different days across the years.
  const frequentEvery = Math.floor(options.visits / FREQUENT_VISITS);
  const rareEvery = Math.floor(options.visits / RARE_VISITS);
  const frequent = patients[0];
  const rare = patients[1];
  const counts = { patients: patients.length, visits: 0, queueEntries: 0, encounters: 0, diagnoses: 0, vitals: 0 };
  let frequentLatestVisitId = '';
  runInBatches(db, options.visits, (i) => {
    const patient = i % frequentEvery === 0 && i / frequentEvery < FREQUENT_VISITS ? frequent : i % rareEvery === 1 && Math.floor(i / rareEvery) < RARE_VISITS ? rare : patients[2 + random.int(0, patients.length - 3)];
    const dayStart = FIRST_DAY + Math.floor(i / perDay) * DAY_MS;
    const slot = i % perDay;
    // Clinic hours 08:00–22:00 local (UTC+8): 00:00–14:00 UTC.
    const checkedIn = new Date(dayStart + Math.floor((slot / perDay) * 14 * 3_600_000));
    const at = checkedIn.toISOString();
    const later = new Date(checkedIn.getTime() + 20 * 60_000).toISOString();
    const visitId = benchUuid(2, i);
    insertVisit.run(visitId, patient.id, at.slice(0, 10), random.pick(COMPLAINTS), `A${String(slot + 1).padStart(4, '0')}`, at, later);
    insertEntry.run(benchUuid(3, 2 * i), visitId, consultationRoom, at, at, later);
    insertEntry.run(benchUuid(3, 2 * i + 1), visitId, pharmacy, later, later, later);
    const encounterId = benchUuid(4, i);
    insertEncounter.run(encounterId, visitId, patient.id, doctorId, 'Demam 3 hari, batuk.', 'Tekak merah, paru-paru jelas.', 'URTI.', 'Simptomatik, datang semula jika demam berterusan.', at, later, doctorId, later, doctorId);
    const diagnosisCount = random.int(1, 3);
    const first = random.int(0, DIAGNOSES.length - 1);
    for (let d = 0; d < diagnosisCount; d++) {
      const [code, description] = DIAGNOSES[(first + d) % DIAGNOSES.length];
      insertDiagnosis.run(benchUuid(5, 3 * i + d), encounterId, code, description, d === 0 ? 1 : 0, d);
    }
    counts.diagnoses += diagnosisCount;
    if (patient === frequent || patient === rare || random.chance(0.3)) {
      const weight = 50 + random.int(0, 40);
      const height = 1.5 + random.int(0, 35) / 100;
      insertVitals.run(benchUuid(6, i), visitId, patient.id, at, at, doctorId, 110 + random.int(0, 50), 70 + random.int(0, 25), 60 + random.int(0, 40), 36.5 + random.int(0, 15) / 10, 95 + random.int(0, 4), weight, height * 100, Math.round((weight / (height * height)) * 10) / 10);
      counts.vitals += 1;
    }
    if (patient === frequent) frequentLatestVisitId = visitId;
    counts.visits += 1;
    counts.queueEntries += 2;
    counts.encounters += 1;
  });
  return { frequentId: frequent.id, rareId: rare.id, frequentLatestVisitId, counts };
}

function runInBatches(db: SqliteDatabase, total: number, row: (index: number) => void): void {
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) row(i);
  });
  for (let from = 0; from < total; from += BATCH) batch(from, Math.min(total, from + BATCH));
}
