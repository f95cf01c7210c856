import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { WALK_IN_TIER, type MedicinePriceInput } from '../../../shared/schemas/medicines';
import { useTRPC } from '../../api/client';
import type { FieldCheck, SetDraft } from '../../components/setup-list/setup-list-editor';
import type { MedicineDraft } from './medicine-fields';
import { withTierPrice } from './medicine-prices';
import { MoneyTextField } from './money-text-field';

/**
 * Selling prices per dispensing unit: walk-in, then each panel. A listed medicine's prices are read
 * from the hub and only sent back once one is changed (the save replaces them all, or leaves them).
 */
export function MedicinePricesFields({ draft, set, check }: { draft: MedicineDraft; set: SetDraft<MedicineDraft>; check: FieldCheck }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const held = useQuery({ ...trpc.medicines.prices.queryOptions({ id: draft.id ?? '' }), enabled: draft.id !== undefined && draft.prices === undefined });
  const panels = useQuery(trpc.panels.list.queryOptions()).data ?? [];
  const loading = draft.id !== undefined && draft.prices === undefined && held.isPending;
  const prices: MedicinePriceInput[] = draft.prices ?? (draft.id ? (held.data ?? []).map(({ tier, priceSen }) => ({ tier, priceSen })) : []);
  const names = new Map(panels.map((panel) => [panel.id, panel.name]));
  // Active panels, and any retired panel that still has a price here (its price stays readable and can be cleared).
  const panelTiers = [...panels.filter((panel) => panel.active).map((panel) => panel.id), ...prices.map((price) => price.tier).filter((tier) => tier !== WALK_IN_TIER && !panels.some((panel) => panel.active && panel.id === tier))];
  const tierLabel = (tier: string): string =>
    tier === WALK_IN_TIER ? t('medicines.walkIn') : panels.some((panel) => panel.id === tier && panel.active) ? (names.get(tier) ?? tier) : t('medicines.retiredPanel', { name: names.get(tier) ?? tier });
  const unit = t(`medicines.units.${draft.dispensingUnit}`);
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ width: '100%' }}>
        {t('medicines.pricesIntro', { unit })}
      </Typography>
      {[WALK_IN_TIER, ...panelTiers].map((tier) => {
        const at = prices.findIndex((price) => price.tier === tier);
        const hub = at >= 0 ? check(`prices.${at}`) : { error: false };
        return (
          <MoneyTextField
            key={tier}
            label={t('medicines.priceFor', { tier: tierLabel(tier) })}
            value={prices.find((price) => price.tier === tier)?.priceSen ?? null}
            onChange={(priceSen) => set({ prices: withTierPrice(prices, tier, priceSen) })}
            disabled={loading}
            error={hub.error}
            helperText={hub.helperText}
            sx={{ width: 200 }}
            testId={tier === WALK_IN_TIER ? 'medicine-price-walk-in' : `medicine-price-${tier}`}
          />
        );
      })}
    </>
  );
}
