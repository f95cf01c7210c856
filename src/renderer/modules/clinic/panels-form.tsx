import { Button, Checkbox, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PANEL_KINDS, type PanelKind, type SavePanelInput } from '../../../shared/schemas/panels';
import { useTRPC } from '../../api/client';
import { SettingsSection } from './settings-section';

const NEW_PANEL: SavePanelInput = { code: '', name: '', kind: 'corporate', active: true };

/** The companies, insurers and schemes whose member cards the front desk records. */
export function PanelsForm({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const panels = useQuery(trpc.panels.list.queryOptions());
  const [draft, setDraft] = useState<SavePanelInput>(NEW_PANEL);
  const save = useMutation(
    trpc.panels.save.mutationOptions({
      onSuccess: () => {
        setDraft(NEW_PANEL);
        void queryClient.invalidateQueries({ queryKey: trpc.panels.list.queryKey() });
      },
    }),
  );
  return (
    <SettingsSection title={t('panels.title')} editable={editable} pending={save.isPending} saved={save.isSuccess} error={save.error ?? panels.error} onSubmit={() => save.mutate(draft)}>
      {panels.data?.length === 0 && <Typography color="text.secondary">{t('panels.none')}</Typography>}
      {panels.data?.map((panel) => (
        <Stack key={panel.id} direction="row" spacing={2} sx={{ alignItems: 'center' }} data-testid={`panel-row-${panel.code}`}>
          <Typography sx={{ width: 110, fontWeight: 700 }}>{panel.code}</Typography>
          <Typography sx={{ flex: 1 }} color={panel.active ? 'text.primary' : 'text.disabled'}>
            {panel.name}
          </Typography>
          <Typography color="text.secondary">{t(`panels.kinds.${panel.kind}`)}</Typography>
          {editable && <Checkbox checked={panel.active} title={t('panels.active')} onChange={(e) => save.mutate({ ...panel, active: e.target.checked })} />}
        </Stack>
      ))}
      {editable && (
        <Stack direction="row" spacing={1}>
          <TextField size="small" label={t('panels.code')} value={draft.code} onChange={(e) => setDraft({ ...draft, code: e.target.value.toUpperCase() })} sx={{ width: 130 }} slotProps={{ htmlInput: { maxLength: 16, 'data-testid': 'panel-code' } }} />
          <TextField size="small" label={t('panels.name')} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} sx={{ flex: 1 }} slotProps={{ htmlInput: { 'data-testid': 'panel-name' } }} />
          <TextField select size="small" label={t('panels.kind')} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as PanelKind })} sx={{ width: 170 }}>
            {PANEL_KINDS.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {t(`panels.kinds.${kind}`)}
              </MenuItem>
            ))}
          </TextField>
          <Button type="submit" variant="outlined" disabled={save.isPending} data-testid="panel-add">
            {t('panels.add')}
          </Button>
        </Stack>
      )}
    </SettingsSection>
  );
}
