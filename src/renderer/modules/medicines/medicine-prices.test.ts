import { describe, expect, it } from 'vitest';
import { WALK_IN_TIER } from '../../../shared/schemas/medicines';
import { withTierPrice } from './medicine-prices';

describe('withTierPrice', () => {
  const panel = '01890000-0000-7000-8000-000000000001';

  it('sets one tier and keeps the others', () => {
    expect(withTierPrice([{ tier: WALK_IN_TIER, priceSen: 50 }], panel, 40)).toEqual([{ tier: WALK_IN_TIER, priceSen: 50 }, { tier: panel, priceSen: 40 }]);
    expect(withTierPrice([{ tier: WALK_IN_TIER, priceSen: 50 }], WALK_IN_TIER, 60)).toEqual([{ tier: WALK_IN_TIER, priceSen: 60 }]);
  });

  it('removes a tier left blank, so the panel pays walk-in', () => {
    expect(withTierPrice([{ tier: WALK_IN_TIER, priceSen: 50 }, { tier: panel, priceSen: 40 }], panel, null)).toEqual([{ tier: WALK_IN_TIER, priceSen: 50 }]);
  });
});
