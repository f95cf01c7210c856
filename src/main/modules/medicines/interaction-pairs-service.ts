import { v7 as uuidv7 } from 'uuid';
import {
  saveInteractionPairInputSchema,
  type ClinicInteractionPair,
  type InteractionPair,
  type InteractionSeverity,
  type SaveInteractionPairInput,
} from '../../../shared/schemas/medicines';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import { InteractionPairEntity, type InteractionPairRecord } from './entities';

/** What the clinic's own pairs are called where a check shows its evidence. */
export const CLINIC_SOURCE = 'clinic';

/**
 * Interaction pairs a clinic adds to the bundled ones (a local protocol, a pair its doctors met):
 * the prescribing checks read the active ones through `clinicPairs`, in the bundled pairs' shape.
 */
export class InteractionPairsService {
  async list(uow: UnitOfWork): Promise<ClinicInteractionPair[]> {
    const rows = await uow.db.getRepository(InteractionPairEntity).find({ order: { createdAt: 'ASC' } });
    return rows.map(toClinicPair);
  }

  /** The active pairs, as the prescribing checks take them. */
  async clinicPairs(uow: UnitOfWork): Promise<InteractionPair[]> {
    const rows = await uow.db.getRepository(InteractionPairEntity).find({ where: { active: true }, order: { createdAt: 'ASC' } });
    return rows.map((row) => {
      const { active: _active, addedBy: _addedBy, createdAt: _createdAt, ...pair } = toClinicPair(row);
      return pair;
    });
  }

  async save(uow: UnitOfWork, raw: SaveInteractionPairInput): Promise<ClinicInteractionPair> {
    const input = saveInteractionPairInputSchema.parse(raw);
    const repo = uow.db.getRepository(InteractionPairEntity);
    const now = uow.now.toISOString();
    const fields = {
      aDrugsJson: JSON.stringify(input.a.drugs),
      aClass: input.a.class,
      bDrugsJson: JSON.stringify(input.b.drugs),
      bClass: input.b.class,
      severity: input.severity,
      effect: input.effect,
      management: input.management,
      active: input.active,
      updatedAt: now,
    };
    if (!input.id) {
      const row: InteractionPairRecord = { ...fields, id: uuidv7(), source: CLINIC_SOURCE, addedBy: uow.actor?.userId ?? null, addedByName: uow.actor?.name ?? null, createdAt: now };
      await repo.insert(row);
      const after = toClinicPair(row);
      await uow.audit({ action: 'interactionPair.create', entity: 'interactionPair', entityId: row.id, after });
      return after;
    }
    const beforeRow = await repo.findOneBy({ id: input.id });
    if (!beforeRow) throw new AppError('NOT_FOUND', { entity: 'interactionPair', id: input.id });
    await repo.update(input.id, fields);
    const after = toClinicPair({ ...beforeRow, ...fields });
    await uow.audit({ action: 'interactionPair.update', entity: 'interactionPair', entityId: input.id, before: toClinicPair(beforeRow), after });
    return after;
  }
}

function toClinicPair(row: InteractionPairRecord): ClinicInteractionPair {
  return {
    id: row.id,
    a: { drugs: JSON.parse(row.aDrugsJson) as string[], class: row.aClass },
    b: { drugs: JSON.parse(row.bDrugsJson) as string[], class: row.bClass },
    severity: row.severity as InteractionSeverity,
    effect: row.effect,
    management: row.management,
    source: row.source,
    active: row.active,
    addedBy: row.addedByName,
    createdAt: row.createdAt,
  };
}
