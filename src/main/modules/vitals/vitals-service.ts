import { v7 as uuidv7 } from 'uuid';
import type { CorrectVitalsInput, RecordVitalsInput, VitalsCursor, VitalsRecording, VitalsTrend } from '../../../shared/schemas/vitals';
import { bmiOf, impossibleValues, TYPED_MEASURES, type TypedMeasure, type TypedVitals } from '../../../shared/vitals/measures';
import { assessVitals } from '../../../shared/vitals/vital-flags';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { PatientDirectory } from '../patients';
import type { VisitDirectory } from '../queue';
import { VitalsEntity, type VitalsRecord } from './entities';
import { currentVitalsOfVisit, vitalsTrendQuery } from './vitals-queries';

/**
 * Vital signs as the nurse records them before the doctor calls, and as the doctor checks them:
 * refused when a value cannot be real, flagged against the reference ranges for the patient's
 * age. A recording is never changed: a correction is a new one that replaces it.
 */
/** How long a weight is good for a child's dose: a month. */
const WEIGHT_VALID_DAYS = 30;

export class VitalsService {
  constructor(
    private readonly visits: VisitDirectory,
    private readonly patients: PatientDirectory,
  ) {}

  /** Vitals for an open visit; a finished visit takes corrections only. */
  async record(uow: UnitOfWork, input: RecordVitalsInput): Promise<VitalsRecording> {
    const visit = await this.visits.open(uow, input.visitId);
    const recordedAt = this.measuredAt(uow, input.recordedAt);
    const row = await this.write(uow, { visitId: visit.id, patientId: visit.patientId, recordedAt }, input, null);
    await uow.audit({ action: 'vitals.record', entity: 'vitals', entityId: row.id, after: auditedValues(row) });
    return this.toRecording(uow, row);
  }

  /** Replaces a recording with the values it should have had, keeping the original and the reason. */
  async correct(uow: UnitOfWork, input: CorrectVitalsInput): Promise<VitalsRecording> {
    const repository = uow.db.getRepository(VitalsEntity);
    const original = await repository.findOneBy({ id: input.id });
    if (!original) throw new AppError('NOT_FOUND', { entity: 'vitals', id: input.id });
    const replacedBy = await repository.findOne({ where: { replacesId: original.id }, select: { id: true } });
    // Two people correcting the same recording: the second is told, not silently stacked.
    if (replacedBy) throw new AppError('CONFLICT', { reason: 'alreadyCorrected', replacedBy: replacedBy.id });
    const row = await this.write(uow, original, input, { replacesId: original.id, reason: input.reason });
    await uow.audit({ action: 'vitals.correct', entity: 'vitals', entityId: row.id, before: auditedValues(original), after: auditedValues(row) });
    return this.toRecording(uow, row);
  }

  /** The visit's recordings in force (corrections, not what they replaced), newest first. */
  async forVisit(uow: UnitOfWork, visitId: string): Promise<{ patientId: string; recordings: VitalsRecording[] }> {
    const visit = await this.visits.get(uow, visitId);
    const rows = await currentVitalsOfVisit(uow.db, visit.id);
    const { dateOfBirth } = await this.patients.clinicalFacts(uow, visit.patientId);
    const dateOf = (instant: string) => uow.clock.dateOf(instant);
    return { patientId: visit.patientId, recordings: rows.map((row) => assess(row, dateOfBirth, dateOf)) };
  }

  /** A patient's recordings across visits, merged duplicates' included, newest first, a page at a time. */
  async trend(uow: UnitOfWork, input: { patientId: string; limit: number; before?: VitalsCursor }): Promise<VitalsTrend> {
    const group = await this.patients.mergeGroup(uow, input.patientId);
    const { dateOfBirth } = await this.patients.clinicalFacts(uow, input.patientId);
    const rows = await vitalsTrendQuery(uow.db, [...group.keys()], input.limit + 1, input.before);
    const page = rows.slice(0, input.limit);
    const dateOf = (instant: string) => uow.clock.dateOf(instant);
    const last = page.at(-1);
    return {
      recordings: page.map((row) => assess(row, dateOfBirth, dateOf)),
      nextBefore: rows.length > input.limit && last ? { recordedAt: last.recordedAt, id: last.id } : null,
    };
  }

  /**
   * The patient's weight for a child's dose check: the latest in force (a corrected recording gives
   * way to its correction), and only if weighed in the last WEIGHT_VALID_DAYS — a child grows.
   */
  async latestWeightKg(uow: UnitOfWork, patientId: string): Promise<number | null> {
    const group = [...(await this.patients.mergeGroup(uow, patientId)).keys()];
    const since = new Date(uow.now.getTime() - WEIGHT_VALID_DAYS * 86_400_000).toISOString();
    const [row] = await uow.db.query<{ weight: number }[]>(
      `SELECT v.weight FROM vitals v
       WHERE v.patient_id IN (${group.map(() => '?').join(', ')}) AND v.weight IS NOT NULL AND v.recorded_at >= ?
         AND NOT EXISTS (SELECT 1 FROM vitals c WHERE c.replaces_id = v.id)
       ORDER BY v.recorded_at DESC LIMIT 1`,
      [...group, since],
    );
    return row?.weight ?? null;
  }

  private measuredAt(uow: UnitOfWork, recordedAt: string | undefined): string {
    if (recordedAt === undefined) return uow.now.toISOString();
    const at = new Date(recordedAt);
    // A minute's grace for a PC whose clock runs a little ahead of the hub's.
    if (at.getTime() > uow.now.getTime() + 60_000) throw new AppError('VITALS_IN_FUTURE', { recordedAt });
    return at.toISOString();
  }

  private async write(
    uow: UnitOfWork,
    where: { visitId: string; patientId: string; recordedAt: string },
    input: Partial<TypedVitals>,
    correction: { replacesId: string; reason: string } | null,
  ): Promise<VitalsRecord> {
    const [impossible] = impossibleValues(input);
    if (impossible) throw new AppError('VITALS_IMPOSSIBLE', { ...impossible });
    const actor = uow.actor;
    if (!actor) throw new AppError('NOT_SIGNED_IN');
    const measures = Object.fromEntries(TYPED_MEASURES.map((measure) => [measure, input[measure] ?? null])) as Record<TypedMeasure, number | null>;
    const row: VitalsRecord = {
      id: uuidv7(),
      visitId: where.visitId,
      patientId: where.patientId,
      recordedAt: where.recordedAt,
      enteredAt: uow.now.toISOString(),
      recordedBy: actor.userId,
      recordedByName: actor.name,
      ...measures,
      bmi: bmiOf(measures.weight, measures.height),
      glucoseKind: measures.glucose === null ? null : (input.glucoseKind ?? null),
      replacesId: correction?.replacesId ?? null,
      correctionReason: correction?.reason ?? null,
    };
    await uow.db.getRepository(VitalsEntity).insert(row);
    return row;
  }

  private async toRecording(uow: UnitOfWork, row: VitalsRecord): Promise<VitalsRecording> {
    const { dateOfBirth } = await this.patients.clinicalFacts(uow, row.patientId);
    return assess(row, dateOfBirth, (instant) => uow.clock.dateOf(instant));
  }
}

/** What the audit row keeps of a recording: the values and the correction, not the ids again. */
function auditedValues(row: VitalsRecord) {
  const { id: _id, visitId, recordedAt, recordedBy: _by, recordedByName: _name, enteredAt: _entered, patientId: _patient, ...values } = row;
  return { visitId, recordedAt, ...values };
}

/** Judged by the patient's age on the day it was measured, so an old recording keeps the flags it had. */
function assess(row: VitalsRecord, dateOfBirth: string | null, dateOf: (instant: string) => string): VitalsRecording {
  const measures = Object.fromEntries(TYPED_MEASURES.map((measure) => [measure, row[measure]])) as Record<TypedMeasure, number | null>;
  const { band, bmiCategory, flags } = assessVitals({ ...measures, glucoseKind: row.glucoseKind }, dateOfBirth, dateOf(row.recordedAt));
  return {
    id: row.id,
    visitId: row.visitId,
    patientId: row.patientId,
    recordedAt: row.recordedAt,
    recordedBy: { id: row.recordedBy, name: row.recordedByName },
    measures,
    glucoseKind: row.glucoseKind,
    bmi: row.bmi,
    bmiCategory,
    band,
    flags,
    replacesId: row.replacesId,
    correctionReason: row.correctionReason,
  };
}
