import { describe, expect, it } from 'vitest';
import { dangerousDrugs } from './dangerous-drug-choices';

describe('the dangerous drugs to pick from', () => {
  it('keeps only the dangerous class, active ones first, then by name', () => {
    const medicines = [
      { generic: 'pethidine', legalClass: 'dangerous' as const, active: false },
      { generic: 'paracetamol', legalClass: 'otc' as const, active: true },
      { generic: 'morphine', legalClass: 'dangerous' as const, active: true },
      { generic: 'codeine', legalClass: 'dangerous' as const, active: true },
      { generic: 'diazepam', legalClass: 'psychotropic' as const, active: true },
    ];
    expect(dangerousDrugs(medicines).map((medicine) => medicine.generic)).toEqual(['codeine', 'morphine', 'pethidine']);
  });
});
