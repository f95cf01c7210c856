import type {
  Chart,
  ChartStamps,
  LongTermMedication,
  MedicalHistory,
  Problem,
  ResolveProblemInput,
  SaveHistoryInput,
  SaveMedicationInput,
  SaveProblemInput,
  StopMedicationInput,
} from '../../../shared/schemas/chart';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { PatientDirectory } from '../patients';
import type { VisitDirectory } from '../queue';
import type { UsersService } from '../users';
import { assertChartDates } from './chart-dates';
import { ChartRows } from './chart-rows';
import { HistoryEntity, MedicationEntity, ProblemEntity, type ChartRowStamps, type HistoryRecord, type MedicationRecord, type ProblemRecord } from './entities';

/** What a chart row's record says beside its own fields: whose, and who wrote it. */
interface Labels {
  names: Map<string, string>;
  /** MRNs of the duplicates merged into the record being read. */
  mergedMrns: Map<string, string>;
  ownId: string;
}

/**
 * The patient's chart kept across visits: problem list, long-term medications, medical and social
 * history. Rows are never deleted; a problem resolves or a medication stops (or either is marked
 * entered in error, with the reason), and every change is audited with before and after.
 */
export class ChartService {
  private readonly problems = new ChartRows(ProblemEntity, 'chartProblem');
  private readonly medications = new ChartRows(MedicationEntity, 'chartMedication');
  private readonly histories = new ChartRows(HistoryEntity, 'chartHistory');

  constructor(
    private readonly patients: PatientDirectory,
    private readonly visits: VisitDirectory,
    private readonly users: UsersService,
  ) {}

  /** The chart of a record with the rows of every duplicate merged into it. The caller audits the read. */
  async chart(uow: UnitOfWork, patientId: string): Promise<Chart> {
    const group = await this.patients.mergeGroup(uow, patientId);
    const ids = [...group.keys()];
    const problems = await this.problems.ofPatients(uow, ids);
    const medications = await this.medications.ofPatients(uow, ids);
    const histories = await this.histories.ofPatients(uow, ids);
    const labels: Labels = { names: await this.namesOf(uow, [...problems, ...medications, ...histories]), mergedMrns: group, ownId: patientId };
    const own = histories.find((history) => history.patientId === patientId);
    return {
      problems: byStatus(problems, PROBLEM_ORDER).map((row) => toProblem(row, labels)),
      medications: byStatus(medications, MEDICATION_ORDER).map((row) => toMedication(row, labels)),
      history: own ? toHistory(own, labels) : null,
      mergedHistories: histories.filter((history) => history !== own).map((row) => toHistory(row, labels)),
    };
  }

  /**
   * The medicines the patient takes now, from the chart (also those recorded on merged
   * duplicates): the "other drugs" a new prescription is checked against. The caller audits the read.
   */
  async longTermMedications(uow: UnitOfWork, patientId: string): Promise<LongTermMedication[]> {
    const group = await this.patients.mergeGroup(uow, patientId);
    const rows = await this.medications.ofPatients(uow, [...group.keys()], { status: 'current' });
    return rows.map((row) => toMedication(row, { names: new Map(), mergedMrns: group, ownId: patientId }));
  }

  async saveProblem(uow: UnitOfWork, input: SaveProblemInput): Promise<Problem> {
    const { id, version, patientId, visitId, ...fields } = input;
    assertChartDates(uow.clock.today(), { onset: fields.onset });
    if (!id) {
      await this.assertNewRowFor(uow, patientId, visitId);
      const row = await this.problems.add(uow, 'chart.problem.add', { patientId, visitId }, { ...fields, status: 'active', closedOn: null, closedReason: '' });
      return toProblem(row, await this.labelsOf(uow, row));
    }
    const before = await this.editable(uow, this.problems, id, patientId, visitId);
    const row = await this.problems.change(uow, 'chart.problem.change', before, { version: requireVersion(version), visitId }, fields);
    return toProblem(row, await this.labelsOf(uow, row));
  }

  async resolveProblem(uow: UnitOfWork, input: ResolveProblemInput): Promise<Problem> {
    const before = await this.problems.get(uow, input.id);
    if (before.status !== 'active') throw new AppError('CHART_ENTRY_CLOSED', { entity: 'chartProblem', status: before.status });
    await this.assertVisitOf(uow, input.visitId, before.patientId);
    const closedOn = input.status === 'resolved' ? input.date : uow.clock.today();
    if (input.status === 'resolved') assertChartDates(uow.clock.today(), { date: input.date }, { field: 'date', date: before.onset });
    const action = input.status === 'resolved' ? 'chart.problem.resolve' : 'chart.problem.enteredInError';
    const row = await this.problems.change(uow, action, before, input, { status: input.status, closedOn, closedReason: input.reason });
    return toProblem(row, await this.labelsOf(uow, row));
  }

  async saveMedication(uow: UnitOfWork, input: SaveMedicationInput): Promise<LongTermMedication> {
    const { id, version, patientId, visitId, ...fields } = input;
    assertChartDates(uow.clock.today(), { since: fields.since });
    if (!id) {
      await this.assertNewRowFor(uow, patientId, visitId);
      const row = await this.medications.add(uow, 'chart.medication.add', { patientId, visitId }, { ...fields, status: 'current', stoppedOn: null, stopReason: '' });
      return toMedication(row, await this.labelsOf(uow, row));
    }
    const before = await this.editable(uow, this.medications, id, patientId, visitId);
    const row = await this.medications.change(uow, 'chart.medication.change', before, { version: requireVersion(version), visitId }, fields);
    return toMedication(row, await this.labelsOf(uow, row));
  }

  async stopMedication(uow: UnitOfWork, input: StopMedicationInput): Promise<LongTermMedication> {
    const before = await this.medications.get(uow, input.id);
    if (before.status !== 'current') throw new AppError('CHART_ENTRY_CLOSED', { entity: 'chartMedication', status: before.status });
    await this.assertVisitOf(uow, input.visitId, before.patientId);
    const stoppedOn = input.status === 'stopped' ? input.date : uow.clock.today();
    if (input.status === 'stopped') assertChartDates(uow.clock.today(), { date: input.date }, { field: 'date', date: before.since });
    const action = input.status === 'stopped' ? 'chart.medication.stop' : 'chart.medication.enteredInError';
    const row = await this.medications.change(uow, action, before, input, { status: input.status, stoppedOn, stopReason: input.reason });
    return toMedication(row, await this.labelsOf(uow, row));
  }

  /** Writes the patient's history whole: the first time without a version, after that from the version read. */
  async saveHistory(uow: UnitOfWork, input: SaveHistoryInput): Promise<MedicalHistory> {
    const { patientId, version, visitId, ...fields } = input;
    const today = uow.clock.today();
    const whens: [string, string | null][] = [
      ...fields.pastIllnesses.map((item, i): [string, string | null] => [`pastIllnesses.${i}.when`, item.when]),
      ...fields.surgeries.map((item, i): [string, string | null] => [`surgeries.${i}.when`, item.when]),
    ];
    assertChartDates(today, Object.fromEntries(whens));
    await this.assertNewRowFor(uow, patientId, visitId);
    const before = await uow.db.getRepository(HistoryEntity).findOneBy({ patientId });
    let row: HistoryRecord;
    if (!before) {
      // Two people writing a first history at once: the second is told, as with any later edit.
      if (version !== undefined) throw new AppError('CONFLICT', { reason: 'stale', entity: 'chartHistory', currentVersion: null });
      row = await this.histories.add(uow, 'chart.history.save', { patientId, visitId }, fields);
    } else {
      if (version === undefined) throw new AppError('CONFLICT', { reason: 'stale', entity: 'chartHistory', currentVersion: before.version });
      row = await this.histories.change(uow, 'chart.history.save', before, { version, visitId }, fields);
    }
    return toHistory(row, await this.labelsOf(uow, row));
  }

  /** New chart rows go on a record still in use (not merged away), and name a visit of that patient that is still open. */
  private async assertNewRowFor(uow: UnitOfWork, patientId: string, visitId: string | null): Promise<void> {
    await this.patients.assertActive(uow, patientId);
    await this.assertVisitOf(uow, visitId, patientId);
  }

  /** The row to change: one of this patient's (or a duplicate merged into them) and not entered in error. */
  private async editable<R extends ProblemRecord | MedicationRecord>(uow: UnitOfWork, rows: ChartRows<R>, id: string, patientId: string, visitId: string | null): Promise<R> {
    const before = await rows.get(uow, id);
    if (before.patientId !== patientId && !(await this.patients.mergeGroup(uow, patientId)).has(before.patientId)) {
      throw new AppError('NOT_FOUND', { entity: rows.name, id });
    }
    if (before.status === 'entered_in_error') throw new AppError('CHART_ENTRY_CLOSED', { entity: rows.name, status: before.status });
    await this.assertVisitOf(uow, visitId, before.patientId);
    return before;
  }

  /** The visit a change is recorded in: open, and the patient's own (or their surviving record's). */
  private async assertVisitOf(uow: UnitOfWork, visitId: string | null, patientId: string): Promise<void> {
    if (!visitId) return;
    const visit = await this.visits.open(uow, visitId);
    if (visit.patientId === patientId || (await this.patients.mergeGroup(uow, visit.patientId)).has(patientId)) return;
    throw new AppError('VALIDATION_FAILED', { fields: ['visitId'], issues: [{ path: 'visitId', kind: 'invalid', limit: null }] });
  }

  private async labelsOf(uow: UnitOfWork, row: ChartRowStamps): Promise<Labels> {
    return { names: await this.namesOf(uow, [row]), mergedMrns: new Map(), ownId: row.patientId };
  }

  /** Display names of everyone who wrote or changed these rows: a handful of staff, each read once. */
  private async namesOf(uow: UnitOfWork, rows: readonly ChartRowStamps[]): Promise<Map<string, string>> {
    const ids = new Set(rows.flatMap((row) => [row.createdBy, row.updatedBy]).filter((id): id is string => id !== null));
    const names = new Map<string, string>();
    for (const id of ids) names.set(id, (await this.users.record(uow, id)).displayName);
    return names;
  }
}

const PROBLEM_ORDER = { active: 0, resolved: 1, entered_in_error: 2 } as const;
const MEDICATION_ORDER = { current: 0, stopped: 1, entered_in_error: 2 } as const;

/** Open rows first, closed ones after, each group oldest first as the store gave them. */
function byStatus<R extends { status: string }>(rows: R[], order: Record<R['status'], number>): R[] {
  return rows.map((row, index) => ({ row, index })).sort((a, b) => order[a.row.status as R['status']] - order[b.row.status as R['status']] || a.index - b.index).map(({ row }) => row);
}

function requireVersion(version: number | undefined): number {
  if (version === undefined) throw new AppError('VALIDATION_FAILED', { fields: ['version'], issues: [{ path: 'version', kind: 'required', limit: null }] });
  return version;
}

function stampsOf(row: ChartRowStamps, labels: Labels): ChartStamps & { patientId: string; mergedFromMrn: string | null } {
  return {
    version: row.version,
    visitId: row.visitId,
    createdAt: row.createdAt,
    createdByName: row.createdBy ? (labels.names.get(row.createdBy) ?? null) : null,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedBy ? (labels.names.get(row.updatedBy) ?? null) : null,
    patientId: row.patientId,
    mergedFromMrn: row.patientId === labels.ownId ? null : (labels.mergedMrns.get(row.patientId) ?? null),
  };
}

function toProblem(row: ProblemRecord, labels: Labels): Problem {
  const { condition, icdCode, onset, chronic, notes, status, closedOn, closedReason } = row;
  return { id: row.id, condition, icdCode, onset, chronic, notes, status, closedOn, closedReason, ...stampsOf(row, labels) };
}

function toMedication(row: MedicationRecord, labels: Labels): LongTermMedication {
  const { medicineName, medicineId, dose, frequency, since, notes, status, stoppedOn, stopReason } = row;
  return { id: row.id, medicineName, medicineId, dose, frequency, since, notes, status, stoppedOn, stopReason, ...stampsOf(row, labels) };
}

function toHistory(row: HistoryRecord, labels: Labels): MedicalHistory {
  const { pastIllnesses, surgeries, familyHistory, social } = row;
  return { pastIllnesses, surgeries, familyHistory, social, ...stampsOf(row, labels) };
}
