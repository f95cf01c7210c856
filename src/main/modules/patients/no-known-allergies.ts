import type { Allergy, NoKnownAllergiesStatement } from '../../../shared/schemas/patients';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { UsersService } from '../users';

/**
 * The "no known allergies" statement a save leaves on the record. Asked for while allergies are
 * listed, it is refused (the two contradict each other); withdrawn (`false`), or with allergies
 * listed, there is none. A statement already on the record stays as it was recorded, by whom and
 * when: saving the record again for something else does not make it the saver's.
 */
export async function noKnownAllergiesAfterSave(
  uow: UnitOfWork,
  users: UsersService,
  asked: boolean | undefined,
  allergies: readonly Allergy[],
  current: NoKnownAllergiesStatement | null,
): Promise<NoKnownAllergiesStatement | null> {
  if (asked && allergies.length > 0) throw new AppError('NO_KNOWN_ALLERGIES_WITH_ALLERGIES', { fields: ['noKnownAllergies'] });
  if (asked === false || allergies.length > 0) return null;
  if (current || asked === undefined) return current;
  const recordedBy = uow.actor?.userId ?? null;
  return { recordedAt: uow.now.toISOString(), recordedBy, recordedByName: recordedBy ? (await users.record(uow, recordedBy)).displayName : null };
}
