import { describe, expect, it } from 'vitest';
import { saveFeeInputSchema } from './fees';

const CONSULT = { code: 'consult', name: 'General consultation', kind: 'consultation', priceSen: 3500, taxable: true, doctorId: null, fromTime: null, toTime: null, active: true } as const;
const DOCTOR = '0195f7a2-0000-7000-8000-00000000000a';

/** The fields a fee is refused for, or [] when it is accepted. */
function refusedFields(input: object): string[] {
  const result = saveFeeInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('a fee as saved', () => {
  it('takes its code in capitals, and a window both ends of which are given, overnight included', () => {
    expect(saveFeeInputSchema.parse(CONSULT).code).toBe('CONSULT');
    expect(refusedFields({ ...CONSULT, fromTime: '22:00', toTime: '08:00', doctorId: DOCTOR })).toEqual([]);
  });

  it.each([
    ['a window without its end', { fromTime: '22:00' }, ['toTime']],
    ['a window without its start', { toTime: '08:00' }, ['fromTime']],
    ['a window that ends when it starts', { fromTime: '09:00', toTime: '09:00' }, ['toTime']],
    ['a doctor on a procedure', { kind: 'procedure', doctorId: DOCTOR }, ['doctorId']],
    ['a price in ringgit with sen', { priceSen: 35.5 }, ['priceSen']],
    ['a price past RM 100,000', { priceSen: 10_000_001 }, ['priceSen']],
    ['a code with a space', { code: 'GP 1' }, ['code']],
  ])('refuses %s, marking the field', (_case, changes, fields) => {
    expect(refusedFields({ ...CONSULT, ...changes })).toEqual(fields);
  });
});
