import type { LegalClass } from '../../../shared/pharmacy/legal-classes';
import type { RoleKey } from '../../../shared/permissions';
import { AppError } from '../../errors/app-error';

interface SupplyRule {
  /** Sold over the counter: freely, only with the buyer's address in the Prescription Book (s24), or never. */
  withoutPrescription: 'yes' | 'with-address' | 'no';
  /** Who may hand it over: a controlled medicine only a doctor or pharmacist (Poisons Regulations 1952). */
  handedOverBy: 'anyone' | 'doctor-or-pharmacist';
}

/** What the Poisons Act 1952 allows for each class (see src/shared/pharmacy/legal-classes.ts). */
export const SUPPLY_RULES: Record<LegalClass, SupplyRule> = {
  otc: { withoutPrescription: 'yes', handedOverBy: 'anyone' },
  pharmacy: { withoutPrescription: 'with-address', handedOverBy: 'doctor-or-pharmacist' },
  groupB: { withoutPrescription: 'no', handedOverBy: 'doctor-or-pharmacist' },
  psychotropic: { withoutPrescription: 'no', handedOverBy: 'doctor-or-pharmacist' },
  dangerous: { withoutPrescription: 'no', handedOverBy: 'doctor-or-pharmacist' },
};

const MAY_HAND_OVER_CONTROLLED: readonly RoleKey[] = ['doctor', 'pharmacist'];

/** Refuses a hand-over the dispenser's roles do not allow: CONTROLLED_HANDOVER_REFUSED names the medicine. */
export function assertMayHandOver(legalClass: LegalClass, roles: readonly RoleKey[], medicine: string): void {
  if (SUPPLY_RULES[legalClass].handedOverBy === 'anyone') return;
  if (roles.some((role) => MAY_HAND_OVER_CONTROLLED.includes(role))) return;
  throw new AppError('CONTROLLED_HANDOVER_REFUSED', { medicine });
}

/** Refuses an over-the-counter sale the law does not allow: PRESCRIPTION_REQUIRED, or BUYER_ADDRESS_REQUIRED for a Group C poison. */
export function assertSaleAllowed(legalClass: LegalClass, buyerAddress: string | null, medicine: string): void {
  const rule = SUPPLY_RULES[legalClass].withoutPrescription;
  if (rule === 'no') throw new AppError('PRESCRIPTION_REQUIRED', { medicine });
  if (rule === 'with-address' && !buyerAddress) throw new AppError('BUYER_ADDRESS_REQUIRED', { medicine, fields: ['buyer.address'] });
}
