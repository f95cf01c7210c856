import type { UnitOfWork } from '../../work/unit-of-work';
import { ChargeLineEntity, type ChargeLineRecord } from './entities';

/** What the dispensary left for billing to charge: a visit's dispensed items, oldest first. */
export class ChargeLines {
  forVisit(uow: UnitOfWork, visitId: string): Promise<ChargeLineRecord[]> {
    return uow.db.getRepository(ChargeLineEntity).find({ where: { visitId, status: 'to-charge' }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
