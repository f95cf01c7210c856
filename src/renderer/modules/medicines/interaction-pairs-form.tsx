import { Autocomplete, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DRUG_CLASS_SUGGESTIONS, INTERACTION_SEVERITIES, type ClinicInteractionPair, type InteractionSide, type InteractionSeverity, type SaveInteractionPairInput } from '../../../shared/schemas/medicines';
import { useTRPC } from '../../api/client';
import type { DataColumn } from '../../components/data-table/data-table';
import { ChoiceField } from '../../components/setup-list/choice-field';
import { SetupListEditor, type FieldCheck } from '../../components/setup-list/setup-list-editor';

type PairDraft = SaveInteractionPairInput & { active: boolean };
const NEW_PAIR: PairDraft = { a: { drugs: [], class: null }, b: { drugs: [], class: null }, severity: 'moderate', effect: '', management: '', active: true };

const sideText = (side: InteractionSide): string => [side.drugs.join(', '), side.class ? `[${side.class}]` : ''].filter(Boolean).join(' ');

/** The interaction pairs the clinic adds to the bundled list; retired by unticking Checked, never deleted. */
export function InteractionPairsForm({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pairs = useQuery(trpc.interactions.list.queryOptions());
  const save = useMutation(trpc.interactions.save.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.interactions.list.queryKey() }) }));
  const columns: DataColumn<ClinicInteractionPair>[] = [
    { key: 'a', header: t('interactionPairs.sideA'), cell: (pair) => sideText(pair.a) },
    { key: 'b', header: t('interactionPairs.sideB'), cell: (pair) => sideText(pair.b) },
    { key: 'severity', header: t('interactionPairs.severity'), cell: (pair) => t(`interactionPairs.severities.${pair.severity}`), sortValue: (pair) => INTERACTION_SEVERITIES.indexOf(pair.severity) },
    { key: 'effect', header: t('interactionPairs.effect'), cell: (pair) => pair.effect },
    { key: 'addedBy', header: t('interactionPairs.addedBy'), cell: (pair) => pair.addedBy ?? '' },
  ];
  return (
    <Stack spacing={1}>
      <Typography variant="body2">{t('interactionPairs.intro')}</Typography>
      <SetupListEditor<ClinicInteractionPair, PairDraft>
        words={{ title: t('interactionPairs.title'), add: t('interactionPairs.add'), edit: t('interactionPairs.edit'), empty: t('interactionPairs.none'), active: t('interactionPairs.active') }}
        testId="interaction-form" editable={editable} list={pairs} save={save} blank={NEW_PAIR} columns={columns} rowTestId={(pair) => `interaction-row-${pair.id}`}
        fields={(draft, set, check) => (
          <>
            <SideFields key={`a-${draft.id ?? 'new'}`} label={t('interactionPairs.sideA')} side={{ drugs: draft.a.drugs, class: draft.a.class ?? null }} path="a" check={check} onChange={(a) => set({ a })} />
            <SideFields key={`b-${draft.id ?? 'new'}`} label={t('interactionPairs.sideB')} side={{ drugs: draft.b.drugs, class: draft.b.class ?? null }} path="b" check={check} onChange={(b) => set({ b })} />
            <ChoiceField<InteractionSeverity> label={t('interactionPairs.severity')} value={draft.severity} width={140} choices={INTERACTION_SEVERITIES.map((s) => ({ value: s, label: t(`interactionPairs.severities.${s}`) }))} onChange={(severity) => set({ severity })} />
            <TextField size="small" multiline label={t('interactionPairs.effect')} value={draft.effect} {...check('effect')} onChange={(e) => set({ effect: e.target.value })} sx={{ width: 360 }} slotProps={{ htmlInput: { 'data-testid': 'interaction-effect' } }} />
            <TextField size="small" multiline label={t('interactionPairs.management')} value={draft.management} {...check('management')} onChange={(e) => set({ management: e.target.value })} sx={{ width: 360 }} slotProps={{ htmlInput: { 'data-testid': 'interaction-management' } }} />
          </>
        )}
      />
    </Stack>
  );
}

/** One side: generic names typed with commas between (kept as typed), and a class from the suggestions or typed. */
function SideFields({ label, side, path, check, onChange }: { label: string; side: InteractionSide; path: 'a' | 'b'; check: FieldCheck; onChange: (side: InteractionSide) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(side.drugs.join(', '));
  return (
    <Stack spacing={1} sx={{ width: 280 }}>
      <Typography variant="caption">{label}</Typography>
      <TextField size="small" label={t('interactionPairs.drugs')} value={text} {...check(`${path}.drugs`)}
        onChange={(e) => {
          setText(e.target.value);
          onChange({ ...side, drugs: e.target.value.split(',').map((drug) => drug.trim()).filter(Boolean) });
        }}
        slotProps={{ htmlInput: { 'data-testid': `interaction-${path}-drugs` } }} />
      <Autocomplete freeSolo size="small" options={DRUG_CLASS_SUGGESTIONS} value={side.class ?? ''} onInputChange={(_event, drugClass) => onChange({ ...side, class: drugClass || null })}
        renderInput={(params) => <TextField {...params} label={t('interactionPairs.drugClass')} {...check(`${path}.class`)} slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': `interaction-${path}-class` } }} />} />
    </Stack>
  );
}
