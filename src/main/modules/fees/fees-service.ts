import { saveFeeInputSchema, type Fee, type SaveFeeInput } from '../../../shared/schemas/fees';
import { AppError } from '../../errors/app-error';
import { SetupList } from '../../store/setup-list';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { UsersService } from '../users';
import { consultationFeeFor } from './consultation-fee';
import { FeeEntity, type FeeRecord } from './entities';

/** The clinic's fee schedule; a fee is retired (inactive), never deleted. */
export class FeesService {
  private readonly fees = new SetupList<Fee>(FeeEntity, 'fee', toFee, { code: 'ASC' });

  constructor(private readonly users: UsersService) {}

  async list(uow: UnitOfWork, includeInactive: boolean): Promise<Fee[]> {
    const fees = await this.fees.list(uow);
    return includeInactive ? fees : fees.filter((fee) => fee.active);
  }

  get(uow: UnitOfWork, id: string): Promise<Fee> {
    return this.fees.get(uow, id);
  }

  async save(uow: UnitOfWork, raw: SaveFeeInput): Promise<Fee> {
    const input = saveFeeInputSchema.parse(raw);
    await this.fees.assertUnique(uow, 'code', input.code, input.id, 'FEE_CODE_TAKEN');
    if (input.doctorId !== null) await this.assertDoctor(uow, input.doctorId);
    return this.fees.save(uow, input);
  }

  /** The consultation fee for a visit at `at` (by the clinic's time of day) with this doctor, or with null only the fees for every doctor; null when none applies. */
  async consultationFeeFor(uow: UnitOfWork, visit: { doctorId: string | null; at: Date }): Promise<Fee | null> {
    return consultationFeeFor(await this.list(uow, false), { doctorId: visit.doctorId, time: uow.clock.timeOf(visit.at) });
  }

  private async assertDoctor(uow: UnitOfWork, id: string): Promise<void> {
    const user = await this.users.get(uow, id);
    if (!user.roles.includes('doctor')) throw new AppError('NOT_A_DOCTOR', { id, fields: ['doctorId'] });
  }
}

function toFee(record: FeeRecord): Fee {
  const { createdAt: _created, updatedAt: _updated, ...fee } = record;
  return fee;
}
