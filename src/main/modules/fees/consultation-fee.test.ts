import { describe, expect, it } from 'vitest';
import type { Fee } from '../../../shared/schemas/fees';
import { consultationFeeFor } from './consultation-fee';

const DR_LIM = '0195f7a2-0000-7000-8000-00000000000a';
const DR_KUMAR = '0195f7a2-0000-7000-8000-00000000000b';

let serial = 0;
function fee(code: string, changes: Partial<Fee> = {}): Fee {
  serial += 1;
  return { id: `0195f7a2-0000-7000-8000-${String(serial).padStart(12, '0')}`, code, name: code, kind: 'consultation', priceSen: 3500, taxable: true, doctorId: null, fromTime: null, toTime: null, active: true, ...changes };
}

const night = { fromTime: '22:00', toTime: '08:00' };
const lunch = { fromTime: '12:00', toTime: '14:00' };

const SCHEDULE: Fee[] = [
  fee('CONSULT'),
  fee('CONSULT-AH', night),
  fee('LIM', { doctorId: DR_LIM }),
  fee('LIM-LUNCH', { doctorId: DR_LIM, ...lunch }),
  fee('OLD', { active: false, doctorId: DR_KUMAR }),
  fee('INJ', { kind: 'procedure' }),
];

describe('the consultation fee for a doctor at a time of day', () => {
  it.each([
    ['any doctor in the day: the general fee', null, '10:00', 'CONSULT'],
    ['any doctor at the window’s start (included)', null, '22:00', 'CONSULT-AH'],
    ['any doctor after midnight, inside an overnight window', null, '03:15', 'CONSULT-AH'],
    ['any doctor at the window’s end (excluded)', null, '08:00', 'CONSULT'],
    ['a doctor of their own, outside their window: doctor only beats window only', DR_LIM, '23:00', 'LIM'],
    ['a doctor of their own, in their window: doctor and window beats doctor only', DR_LIM, '12:30', 'LIM-LUNCH'],
    ['a doctor whose own fee is retired: the clinic’s', DR_KUMAR, '10:00', 'CONSULT'],
    ['a doctor with none of their own, at night: window only beats neither', DR_KUMAR, '23:59', 'CONSULT-AH'],
  ])('%s', (_case, doctorId, time, code) => {
    expect(consultationFeeFor(SCHEDULE, { doctorId, time })?.code).toBe(code);
  });

  it('breaks a tie between equally specific fees by code', () => {
    expect(consultationFeeFor([fee('ZED'), fee('ALPHA'), fee('MID')], { doctorId: null, time: '10:00' })?.code).toBe('ALPHA');
  });

  it('is null when no active consultation fee applies', () => {
    expect(consultationFeeFor([], { doctorId: null, time: '10:00' })).toBeNull();
    expect(consultationFeeFor([fee('LUNCH', lunch), fee('INJ', { kind: 'procedure' }), fee('LIM', { doctorId: DR_LIM })], { doctorId: DR_KUMAR, time: '10:00' })).toBeNull();
  });
});
