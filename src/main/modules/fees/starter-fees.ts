import type { SaveFeeInput } from '../../../shared/schemas/fees';

type StarterFee = Pick<SaveFeeInput, 'code' | 'name' | 'kind' | 'priceSen' | 'taxable'> & Partial<Pick<SaveFeeInput, 'fromTime' | 'toTime'>>;

const fee = (starter: StarterFee): SaveFeeInput => ({ doctorId: null, fromTime: null, toTime: null, active: true, ...starter });

/** The fee schedule a new clinic starts with, to change in Setup. */
export const STARTER_FEES: SaveFeeInput[] = [
  fee({ code: 'CONSULT', name: 'General consultation', kind: 'consultation', priceSen: 3500, taxable: true }),
  fee({ code: 'CONSULT-AH', name: 'Consultation after hours', kind: 'consultation', priceSen: 5000, taxable: true, fromTime: '22:00', toTime: '08:00' }),
  fee({ code: 'INJ', name: 'Injection (administration)', kind: 'procedure', priceSen: 1000, taxable: false }),
  fee({ code: 'DRESS', name: 'Wound dressing', kind: 'procedure', priceSen: 2500, taxable: false }),
  fee({ code: 'MEDCHK', name: 'Medical check-up (basic)', kind: 'package', priceSen: 8000, taxable: false }),
];
