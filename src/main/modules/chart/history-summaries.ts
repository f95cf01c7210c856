import { IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { HistorySummaryView, SaveHistorySummaryInput, SavedHistorySummary } from '../../../shared/schemas/history-summary';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { PatientDirectory } from '../patients';
import type { VisitDirectory } from '../queue';
import type { UsersService } from '../users';
import { HistorySummaryEntity, type HistorySummaryRecord } from './history-summary-entity';

/**
 * The medical history summary kept on the chart: a view-only note a person accepted (from an AI
 * draft or the local engine's), every statement with the visits and records it came from. A new
 * one supersedes the current one, which stays readable; rows are never changed otherwise.
 */
export class HistorySummaries {
  constructor(
    private readonly patients: PatientDirectory,
    private readonly visits: VisitDirectory,
    private readonly users: UsersService,
  ) {}

  /** The current summary, whether a visit came after it, and the earlier ones. The caller audits the read. */
  async view(uow: UnitOfWork, patientId: string): Promise<HistorySummaryView> {
    const rows = await uow.db.getRepository(HistorySummaryEntity).find({ where: { patientId }, order: { acceptedAt: 'DESC', id: 'DESC' } });
    const names = await this.users.namesOf(uow, rows.map((row) => row.acceptedBy));
    const summaries = rows.map((row) => toSummary(row, names));
    const current = rows.find((row) => row.supersededAt === null) ?? null;
    return {
      current: summaries.find((summary) => summary.id === current?.id) ?? null,
      outOfDate: current !== null && (await this.newestVisitId(uow, patientId)) !== current.newestVisitId,
      earlier: summaries.filter((summary) => summary.id !== current?.id),
    };
  }

  async save(uow: UnitOfWork, input: SaveHistorySummaryInput): Promise<SavedHistorySummary> {
    await this.patients.assertActive(uow, input.patientId);
    await this.assertSourcesOf(uow, input);
    const repository = uow.db.getRepository(HistorySummaryEntity);
    const now = uow.now.toISOString();
    const row: HistorySummaryRecord = {
      id: uuidv7(),
      patientId: input.patientId,
      statements: input.statements,
      fromModel: input.fromModel,
      edited: input.edited,
      newestVisitId: await this.newestVisitId(uow, input.patientId),
      acceptedAt: now,
      acceptedBy: uow.actor?.userId ?? null,
      supersededAt: null,
      supersededById: null,
    };
    const before = await repository.findOneBy({ patientId: input.patientId, supersededAt: IsNull() });
    if (before) {
      const after = { ...before, supersededAt: now, supersededById: row.id };
      await repository.update({ id: before.id }, { supersededAt: now, supersededById: row.id });
      await uow.audit({ action: 'chart.summary.supersede', entity: 'chartHistorySummary', entityId: before.id, before, after });
    }
    await repository.insert(row);
    await uow.audit({ action: 'chart.summary.save', entity: 'chartHistorySummary', entityId: row.id, after: row });
    return toSummary(row, await this.users.namesOf(uow, [row.acceptedBy]));
  }

  /** The visits cited are the patient's own (or a duplicate's merged into theirs). */
  private async assertSourcesOf(uow: UnitOfWork, input: SaveHistorySummaryInput): Promise<void> {
    const group = await this.patients.mergeGroup(uow, input.patientId);
    const visitIds = new Set(input.statements.flatMap((statement) => statement.sources.map((source) => source.visitId)).filter((id) => id !== null));
    for (const visitId of visitIds) {
      const visit = await this.visits.get(uow, visitId).catch(() => null);
      if (!visit || !group.has(visit.patientId)) throw new AppError('VALIDATION_FAILED', { fields: ['statements'], issues: [{ path: 'statements', kind: 'invalid', limit: null }] });
    }
  }

  private async newestVisitId(uow: UnitOfWork, patientId: string): Promise<string | null> {
    const { visits } = await this.visits.history(uow, { patientId, limit: 1 });
    return visits[0]?.visitId ?? null;
  }
}

function toSummary(row: HistorySummaryRecord, names: Map<string, string>): SavedHistorySummary {
  const { id, patientId, statements, fromModel, edited, acceptedAt, supersededAt } = row;
  return { id, patientId, statements, fromModel, edited, acceptedAt, acceptedByName: row.acceptedBy ? (names.get(row.acceptedBy) ?? null) : null, supersededAt };
}
