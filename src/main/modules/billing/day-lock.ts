import { dayMonthYear } from '../../documents';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import { ClinicDayEntity } from './till-entities';

/** Refuses with DAY_CLOSED when the clinic day has been closed: its money is on a numbered Z report and no longer changes. */
export async function assertDayOpen(uow: UnitOfWork, clinicDate: string): Promise<void> {
  const closed = await uow.db.getRepository(ClinicDayEntity).findOneBy({ clinicDate });
  if (closed) throw new AppError('DAY_CLOSED', { day: dayMonthYear(clinicDate), zNo: closed.zNo });
}
