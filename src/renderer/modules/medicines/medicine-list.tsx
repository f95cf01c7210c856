import { Button, Checkbox, FormControlLabel, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEGAL_CLASSES } from '../../../shared/pharmacy/legal-classes';
import { ITEM_KINDS, type ItemKind, type Medicine } from '../../../shared/schemas/medicines';
import { useTRPC } from '../../api/client';
import type { DataColumn } from '../../components/data-table/data-table';
import { SetupListEditor } from '../../components/setup-list/setup-list-editor';
import { MedicineFields, NEW_MEDICINE } from './medicine-fields';
import { MedicineImportDialog } from './medicine-import-dialog';
import { LegalClassChip } from './legal-class-chip';
import { defaultDoseText } from './medicine-words';

/** Whether every word of the filter starts a word of the medicine's names, code or strength, as the hub's search matches. */
function matches(medicine: Medicine, filter: string): boolean {
  const words = ` ${[medicine.generic, medicine.brand, medicine.code, medicine.strength].filter(Boolean).join(' ').toLowerCase()}`;
  return filter.toLowerCase().split(/\s+/).filter(Boolean).every((word) => words.includes(` ${word}`));
}

/** Which rows the list shows: one item kind, or both. */
type KindFilter = ItemKind | 'all';

/** The medicine master in Setup: searchable, edited in the form under it, retired by its In use box, imported from CSV. */
export function MedicineList({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState('');
  const [showRetired, setShowRetired] = useState(false);
  const [kind, setKind] = useState<KindFilter>('all');
  const [importing, setImporting] = useState(false);
  const list = useQuery(trpc.medicines.list.queryOptions({ includeRetired: true }));
  const refresh = (): void => void queryClient.invalidateQueries({ queryKey: trpc.medicines.pathKey() });
  const save = useMutation(trpc.medicines.save.mutationOptions({ onSuccess: refresh }));
  const shown = list.data?.filter((medicine) => (showRetired || medicine.active) && (kind === 'all' || medicine.itemKind === kind) && matches(medicine, filter));
  const columns: DataColumn<Medicine>[] = [
    // The brand under the generic name and the form under the strength, as a pack prints them: two columns fewer for narrow screens.
    {
      key: 'generic',
      header: t('medicines.genericAndBrand'),
      cell: (m) => (
        <>
          <strong>{m.generic}</strong>
          {m.brand && <Typography variant="body2" color="text.secondary">{m.brand}</Typography>}
        </>
      ),
      sortValue: (m) => m.generic,
    },
    {
      key: 'strength',
      header: t('medicines.strengthAndForm'),
      cell: (m) => (
        <>
          {m.strength}
          <Typography variant="body2" color="text.secondary">{t(`medicines.forms.${m.form}`)}</Typography>
        </>
      ),
      sortValue: (m) => m.strengthValue ?? 0,
    },
    {
      key: 'legalClass',
      header: t('medicines.legalClass'),
      cell: (m) => <LegalClassChip legalClass={m.legalClass} itemKind={m.itemKind} testId={`medicine-legal-${m.code ?? m.id}`} />,
      sortValue: (m) => (m.itemKind === 'consumable' ? -1 : LEGAL_CLASSES.indexOf(m.legalClass)),
    },
    { key: 'class', header: t('medicines.drugClass'), cell: (m) => m.drugClass ?? '', sortValue: (m) => m.drugClass ?? '' },
    { key: 'dose', header: t('medicines.defaultDose'), cell: (m) => defaultDoseText(m, t), nowrap: true },
    { key: 'code', header: t('medicines.code'), cell: (m) => m.code ?? '', sortValue: (m) => m.code ?? '', width: 100 },
  ];
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField size="small" autoFocus label={t('medicines.search')} placeholder={t('medicines.searchHint')} value={filter} onChange={(e) => setFilter(e.target.value)} sx={{ width: 320 }}
          slotProps={{ htmlInput: { 'data-testid': 'medicine-filter', type: 'search' } }} />
        <ToggleButtonGroup size="small" exclusive value={kind} onChange={(_event, next: KindFilter | null) => next && setKind(next)} aria-label={t('medicines.kindFilter')}>
          {[...ITEM_KINDS, 'all' as const].map((choice) => (
            <ToggleButton key={choice} value={choice} data-testid={`medicine-kind-${choice}`}>
              {t(`medicines.kindFilters.${choice}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <FormControlLabel control={<Checkbox checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)} slotProps={{ input: { 'data-testid': 'medicine-show-retired' } as object }} />} label={t('medicines.showRetired')} />
        {editable && (
          <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => setImporting(true)} sx={{ whiteSpace: 'nowrap' }} data-testid="medicine-import-open">
            {t('medicines.importCsv')}
          </Button>
        )}
      </Stack>
      <SetupListEditor
        words={{ title: t('medicines.listTitle'), add: t('medicines.add'), edit: t('medicines.edit'), empty: t('medicines.none'), active: t('medicines.inUse') }}
        testId="medicine-form" editable={editable} list={{ data: shown, isPending: list.isPending, error: list.error }} save={save} blank={NEW_MEDICINE}
        columns={columns} rowTestId={(m) => `medicine-row-${m.code ?? m.id}`}
        fields={(draft, set, check) => <MedicineFields draft={draft} set={set} check={check} />}
      />
      {importing && <MedicineImportDialog onClose={() => setImporting(false)} onImported={refresh} />}
    </Stack>
  );
}
