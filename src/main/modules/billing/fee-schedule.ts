import type { UnitOfWork } from '../../work/unit-of-work';

/** A fee as billing charges it. */
export interface ChargeableFee {
  id: string;
  code: string;
  name: string;
  kind: 'consultation' | 'procedure' | 'lab' | 'package' | 'other';
  priceSen: number;
  taxable: boolean;
  active: boolean;
}

/** What billing needs of the clinic's fee schedule. */
export interface FeeSchedule {
  /** The consultation fee for this doctor at this time of day, or null when the clinic set none. */
  consultationFeeFor(uow: UnitOfWork, visit: { doctorId: string | null; at: Date }): Promise<ChargeableFee | null>;
  list(uow: UnitOfWork, includeInactive: boolean): Promise<ChargeableFee[]>;
}
