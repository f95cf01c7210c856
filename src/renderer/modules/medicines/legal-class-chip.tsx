import GavelIcon from '@mui/icons-material/Gavel';
import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { isControlled, type LegalClass } from '../../../shared/pharmacy/legal-classes';
import type { ItemKind } from '../../../shared/schemas/medicines';

/** How loud each class reads in the list: the ones with a register of their own loudest. */
const COLOUR: Record<LegalClass, 'default' | 'info' | 'warning' | 'error'> = { otc: 'default', pharmacy: 'info', groupB: 'warning', psychotropic: 'error', dangerous: 'error' };

/** A row's legal class in the medicine list; a controlled class (a poison) is filled and carries a mark. A consumable says so instead. */
export function LegalClassChip({ legalClass, itemKind, testId }: { legalClass: LegalClass; itemKind: ItemKind; testId: string }) {
  const { t } = useTranslation();
  if (itemKind === 'consumable') return <Chip size="small" variant="outlined" label={t('medicines.itemKinds.consumable')} data-testid={testId} />;
  const controlled = isControlled(legalClass);
  return (
    <Chip
      size="small"
      color={COLOUR[legalClass]}
      variant={controlled ? 'filled' : 'outlined'}
      icon={controlled ? <GavelIcon /> : undefined}
      label={t(`medicines.legalChips.${legalClass}`)}
      title={controlled ? t('medicines.controlledMark', { legalClass: t(`medicines.legalClasses.${legalClass}`) }) : t(`medicines.legalClasses.${legalClass}`)}
      data-testid={testId}
      data-controlled={controlled}
    />
  );
}
