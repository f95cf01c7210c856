import { TextField } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PANEL_KINDS, type Panel, type PanelKind, type SavePanelInput } from '../../../shared/schemas/panels';
import { useTRPC } from '../../api/client';
import type { DataColumn } from '../../components/data-table/data-table';
import { ChoiceField } from '../../components/setup-list/choice-field';
import { SetupListEditor } from '../../components/setup-list/setup-list-editor';
import { ringgit } from '../../../shared/ringgit';
import { PanelCoverageFields } from './panel-coverage-fields';

const NEW_PANEL: SavePanelInput = {
  code: '', name: '', kind: 'corporate', active: true,
  capPerVisitSen: null, excludedKinds: [], copayFixedSen: 0, copayPercentBp: 0, mcAllowed: true, claimDeadlineDays: 30, statementPeriod: 'monthly', tin: null, registrationNo: null,
};

/** The companies, insurers and schemes whose member cards the front desk records. */
export function PanelsForm({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const panels = useQuery(trpc.panels.list.queryOptions());
  const save = useMutation(trpc.panels.save.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.panels.list.queryKey() }) }));
  const columns: DataColumn<Panel>[] = [
    { key: 'code', header: t('panels.code'), cell: (panel) => <strong>{panel.code}</strong>, sortValue: (panel) => panel.code, width: 110 },
    { key: 'name', header: t('panels.name'), cell: (panel) => panel.name, sortValue: (panel) => panel.name },
    { key: 'kind', header: t('panels.kind'), cell: (panel) => t(`panels.kinds.${panel.kind}`), sortValue: (panel) => panel.kind },
    { key: 'cap', header: t('panels.cap'), cell: (panel) => (panel.capPerVisitSen === null ? t('panels.noCap') : ringgit(panel.capPerVisitSen)), sortValue: (panel) => panel.capPerVisitSen ?? Number.MAX_SAFE_INTEGER },
  ];
  return (
    <SetupListEditor
      words={{ title: t('panels.title'), add: t('panels.add'), empty: t('panels.none') }}
      testId="panel-form" editable={editable} list={panels} save={save} blank={NEW_PANEL} columns={columns} rowTestId={(panel) => `panel-row-${panel.code}`}
      fields={(draft, set, check) => (
        <>
          <TextField size="small" label={t('panels.code')} value={draft.code} {...check('code')} onChange={(e) => set({ code: e.target.value.toUpperCase() })} sx={{ width: 130 }} slotProps={{ htmlInput: { maxLength: 16, 'data-testid': 'panel-code' } }} />
          <TextField size="small" label={t('panels.name')} value={draft.name} {...check('name')} onChange={(e) => set({ name: e.target.value })} sx={{ flex: 1, minWidth: 200 }} slotProps={{ htmlInput: { 'data-testid': 'panel-name' } }} />
          <ChoiceField<PanelKind> label={t('panels.kind')} value={draft.kind} choices={PANEL_KINDS.map((kind) => ({ value: kind, label: t(`panels.kinds.${kind}`) }))} onChange={(kind) => set({ kind })} width={170} />
          <PanelCoverageFields draft={draft} set={set} check={check} />
        </>
      )}
    />
  );
}
