import { describe, expect, it } from 'vitest';
import { LEGAL_CLASSES } from '../../../shared/pharmacy/legal-classes';
import { assertMayHandOver, assertSaleAllowed, SUPPLY_RULES } from './supply-rules';

describe('supply rules (Poisons Act 1952)', () => {
  it('has a rule for every legal class', () => {
    expect(Object.keys(SUPPLY_RULES).sort()).toEqual([...LEGAL_CLASSES].sort());
  });

  it('lets anyone hand over an over-the-counter medicine, and only a doctor or pharmacist a controlled one', () => {
    expect(() => assertMayHandOver('otc', ['receptionist'], 'paracetamol')).not.toThrow();
    for (const legalClass of LEGAL_CLASSES.filter((key) => key !== 'otc')) {
      expect(() => assertMayHandOver(legalClass, ['nurse', 'receptionist'], 'x')).toThrow('CONTROLLED_HANDOVER_REFUSED');
      expect(() => assertMayHandOver(legalClass, ['nurse', 'doctor'], 'x')).not.toThrow();
      expect(() => assertMayHandOver(legalClass, ['pharmacist'], 'x')).not.toThrow();
    }
  });

  it('sells an OTC medicine freely, a Group C poison only with the buyer’s address, and never a prescription-only one', () => {
    expect(() => assertSaleAllowed('otc', null, 'paracetamol')).not.toThrow();
    expect(() => assertSaleAllowed('pharmacy', null, 'chlorpheniramine')).toThrow('BUYER_ADDRESS_REQUIRED');
    expect(() => assertSaleAllowed('pharmacy', '12 Jalan Mawar, Klang', 'chlorpheniramine')).not.toThrow();
    for (const legalClass of ['groupB', 'psychotropic', 'dangerous'] as const) {
      expect(() => assertSaleAllowed(legalClass, '12 Jalan Mawar', 'x')).toThrow('PRESCRIPTION_REQUIRED');
    }
  });
});
