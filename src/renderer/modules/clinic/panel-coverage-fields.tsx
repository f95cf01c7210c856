import { Box, Checkbox, FormControlLabel, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { INVOICE_LINE_KINDS, type InvoiceLineKind } from '../../../shared/schemas/billing';
import type { SavePanelInput } from '../../../shared/schemas/panels';
import type { FieldCheck, SetDraft } from '../../components/setup-list/setup-list-editor';
import { MoneyTextField } from '../medicines/money-text-field';
import { NumberTextField } from '../medicines/number-text-field';

/**
 * What a panel pays for, on its own row of the panel form: the cap per visit, the kinds it does not
 * cover, the co-payment, whether it accepts an MC, the claim deadline, and its TIN and registration
 * number for e-invoices. The co-payment percentage is typed in percent and kept in basis points.
 */
export function PanelCoverageFields({ draft, set, check }: { draft: SavePanelInput; set: SetDraft<SavePanelInput>; check: FieldCheck }) {
  const { t } = useTranslation();
  return (
    <>
      <Box sx={{ flexBasis: '100%', height: 0 }} />
      <MoneyTextField label={t('panels.cap')} value={draft.capPerVisitSen} {...check('capPerVisitSen')} onChange={(sen) => set({ capPerVisitSen: sen })} sx={{ width: 150 }} testId="panel-cap" />
      <TextField
        select size="small" label={t('panels.excluded')} value={draft.excludedKinds} {...check('excludedKinds')}
        onChange={(e) => set({ excludedKinds: (typeof e.target.value === 'string' ? e.target.value.split(',') : e.target.value) as InvoiceLineKind[] })}
        sx={{ width: 240 }}
        slotProps={{ select: { multiple: true, renderValue: (kinds) => (kinds as InvoiceLineKind[]).map((kind) => t(`billing.kinds.${kind}`)).join(', '), SelectDisplayProps: { 'data-testid': 'panel-excluded' } as object } }}
      >
        {INVOICE_LINE_KINDS.map((kind) => (
          <MenuItem key={kind} value={kind} data-testid={`panel-excluded-${kind}`}>
            {t(`billing.kinds.${kind}`)}
          </MenuItem>
        ))}
      </TextField>
      <MoneyTextField label={t('panels.copayFixed')} value={draft.copayFixedSen} {...check('copayFixedSen')} onChange={(sen) => set({ copayFixedSen: sen ?? 0 })} sx={{ width: 150 }} testId="panel-copay-fixed" />
      <NumberTextField label={t('panels.copayPercent')} value={draft.copayPercentBp / 100} {...check('copayPercentBp')} onChange={(percent) => set({ copayPercentBp: Math.round((percent ?? 0) * 100) })} sx={{ width: 130 }} testId="panel-copay-percent" />
      <NumberTextField label={t('panels.deadline')} value={draft.claimDeadlineDays} {...check('claimDeadlineDays')} onChange={(days) => set({ claimDeadlineDays: days ?? 0 })} sx={{ width: 150 }} testId="panel-deadline" />
      <FormControlLabel label={t('panels.mcAllowed')} control={<Checkbox checked={draft.mcAllowed} onChange={(e) => set({ mcAllowed: e.target.checked })} slotProps={{ input: { 'data-testid': 'panel-mc' } as object }} />} />
      <TextField size="small" label={t('panels.tin')} value={draft.tin ?? ''} {...check('tin')} onChange={(e) => set({ tin: e.target.value })} sx={{ width: 170 }} slotProps={{ htmlInput: { maxLength: 20, 'data-testid': 'panel-tin' } }} />
      <TextField size="small" label={t('panels.registrationNo')} value={draft.registrationNo ?? ''} {...check('registrationNo')} onChange={(e) => set({ registrationNo: e.target.value })} sx={{ width: 190 }} slotProps={{ htmlInput: { maxLength: 30, 'data-testid': 'panel-registration' } }} />
    </>
  );
}
