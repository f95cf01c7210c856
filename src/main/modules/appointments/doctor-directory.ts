import type { DoctorOption } from '../../../shared/schemas/appointments';
import type { UnitOfWork } from '../../work/unit-of-work';
import { AppError } from '../../errors/app-error';
import type { UsersService } from '../users';

/** Who can be booked: active staff holding the doctor role, read through the users service. */
export class DoctorDirectory {
  constructor(private readonly users: UsersService) {}

  async list(uow: UnitOfWork): Promise<DoctorOption[]> {
    const users = await this.users.list(uow);
    return users
      .filter((user) => !user.disabled && user.roles.includes('doctor'))
      .map((user) => ({ id: user.id, name: user.displayName }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The doctor, or NOT_A_DOCTOR for anyone else: a disabled account, a nurse, an unknown id. */
  async doctor(uow: UnitOfWork, id: string): Promise<DoctorOption> {
    const found = (await this.list(uow)).find((doctor) => doctor.id === id);
    if (!found) throw new AppError('NOT_A_DOCTOR', { id });
    return found;
  }
}
