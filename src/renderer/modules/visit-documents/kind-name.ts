import type { TFunction } from 'i18next';
import { isKeyOf } from '../../i18n/detail-words';
import { en } from '../../i18n/resources';

/** "MC", "Time slip", "Referral letter"; a kind this screen does not know yet (an invoice…) shows its key. */
export function kindName(t: TFunction, kind: string): string {
  return isKeyOf(en.visitDocuments.kinds, kind) ? t(`visitDocuments.kinds.${kind}`) : kind;
}
