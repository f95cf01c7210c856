import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PANEL_RELATIONSHIPS, type Panel, type PanelMembership } from '../../../shared/schemas/panels';
import { useTRPC } from '../../api/client';
import { DateField } from '../../components/date-field/date-field';
import { fieldRejected } from '../../components/field-error';
import { ListEditor } from './list-editor';
import { LIST_LIMITS } from './patient-draft';

interface Props {
  value: PanelMembership[];
  onChange: (panels: PanelMembership[]) => void;
  error: unknown;
  disabled?: boolean;
}

/** The panels (employers, insurers) that pay for this patient, as on the member card: panel, member no., whose card, validity. */
export function PanelsEditor({ value, onChange, error, disabled }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const panels = useQuery(trpc.panels.list.queryOptions()).data ?? [];
  const active = panels.filter((panel) => panel.active);
  // A retired panel stays selectable on the memberships that already name it, and nowhere else.
  const choices = (current: string): Panel[] => panels.filter((panel) => panel.active || panel.id === current);
  if (active.length === 0 && value.length === 0) {
    return (
      <Stack spacing={1}>
        <Typography variant="subtitle2">{t('patientRecord.fields.panels')}</Typography>
        <Typography color="text.secondary">{t('patientRecord.panels.noneSetUp')}</Typography>
      </Stack>
    );
  }
  const rejected = (index: number, field: keyof PanelMembership): boolean => fieldRejected(error, `panels.${index}.${field}`);
  return (
    <ListEditor
      title={t('patientRecord.fields.panels')}
      emptyText={t('patientRecord.panels.none')}
      addLabel={t('patientRecord.panels.add')}
      addTestId="patient-add-panel"
      value={value}
      onChange={onChange}
      newItem={(): PanelMembership => ({ panelId: active[0]?.id ?? '', memberNo: '', relationship: 'self', validFrom: null, validTo: null })}
      max={active.length === 0 ? value.length : LIST_LIMITS.panels}
      disabled={disabled}
      renderRow={(membership, change, index, autoFocus) => (
        <Stack direction="row" spacing={1} sx={{ flex: 1, flexWrap: 'wrap', rowGap: 1 }}>
          <TextField
            select
            size="small"
            label={t('patientRecord.panels.panel')}
            sx={{ minWidth: 200 }}
            disabled={disabled}
            value={membership.panelId}
            error={rejected(index, 'panelId')}
            onChange={(event) => change({ ...membership, panelId: event.target.value })}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': `patient-panel-${index}` } as object } }}
          >
            {choices(membership.panelId).map((panel) => (
              <MenuItem key={panel.id} value={panel.id}>
                {panel.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            required
            autoFocus={autoFocus}
            label={t('patientRecord.panels.memberNo')}
            disabled={disabled}
            value={membership.memberNo}
            error={rejected(index, 'memberNo')}
            onChange={(event) => change({ ...membership, memberNo: event.target.value })}
            slotProps={{ htmlInput: { 'data-testid': `patient-panel-member-${index}` } }}
          />
          <TextField
            select
            size="small"
            label={t('patientRecord.panels.holder')}
            sx={{ minWidth: 170 }}
            disabled={disabled}
            value={membership.relationship}
            onChange={(event) => change({ ...membership, relationship: PANEL_RELATIONSHIPS.find((r) => r === event.target.value) ?? 'self' })}
          >
            {PANEL_RELATIONSHIPS.map((relationship) => (
              <MenuItem key={relationship} value={relationship}>
                {t(`patientRecord.panels.relationships.${relationship}`)}
              </MenuItem>
            ))}
          </TextField>
          {(['validFrom', 'validTo'] as const).map((field) => (
            <DateField
              key={field}
              size="small"
              label={t(`patientRecord.panels.${field}Label`)}
              disabled={disabled}
              value={membership[field] ?? ''}
              error={rejected(index, field)}
              keepUnreadable
              onChange={(date) => change({ ...membership, [field]: date === '' ? null : date })}
              htmlInput={{ 'data-testid': `patient-panel-${field}-${index}` }}
              sx={{ width: 175 }}
            />
          ))}
        </Stack>
      )}
    />
  );
}
