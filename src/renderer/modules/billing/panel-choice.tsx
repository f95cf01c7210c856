import { Alert, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PanelChoice as Choice, PanelSplitPreview } from '../../../shared/schemas/billing';
import { useRinggit } from '../../format/ringgit';

/**
 * Which of the patient's panels pays its share of this bill, shown only when the patient holds a
 * card valid today; with one chosen, what the panel covers and what the patient pays, as the hub
 * will split it on issuing (two invoices: the panel's on credit, the patient's at the counter).
 */
export function PanelChoice({ panels, panelId, onChange, split }: { panels: readonly Choice[]; panelId: string | null; onChange: (panelId: string | null) => void; split: PanelSplitPreview | null }) {
  const { t } = useTranslation();
  const money = useRinggit();
  if (panels.length === 0) return null;
  return (
    <Stack spacing={1}>
      <TextField
        select size="small" label={t('billing.panel.choose')} value={panelId ?? ''} onChange={(e) => onChange(e.target.value || null)} sx={{ maxWidth: 420 }}
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'bill-panel' } as object } }}
      >
        <MenuItem value="" data-testid="bill-panel-none">
          {t('billing.panel.none')}
        </MenuItem>
        {panels.map((panel) => (
          <MenuItem key={panel.panelId} value={panel.panelId} data-testid={`bill-panel-${panel.code}`}>
            {t('billing.panel.option', { name: panel.name, memberNo: panel.memberNo, relationship: t(`patientRecord.panels.relationships.${panel.relationship}`) })}
          </MenuItem>
        ))}
      </TextField>
      {split && split.panelId === panelId && (
        <Alert severity="info" data-testid="bill-panel-split">
          {t('billing.panel.split', { covered: money(split.coveredSen), patient: money(split.patientSen) })}
          {split.copaySen > 0 && ` ${t('billing.panel.copay', { amount: money(split.copaySen) })}`}
        </Alert>
      )}
    </Stack>
  );
}
