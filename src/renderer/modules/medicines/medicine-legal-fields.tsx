import { TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { LEGAL_CLASSES } from '../../../shared/pharmacy/legal-classes';
import { STORAGE_PLACES } from '../../../shared/schemas/medicines';
import { ChoiceField } from '../../components/setup-list/choice-field';
import type { FieldCheck, SetDraft } from '../../components/setup-list/setup-list-editor';
import type { MedicineDraft } from './medicine-fields';
import { malNumberHelp } from './mal-number-help';

/** Legal class, MAL registration number and where the item is kept. */
export function MedicineLegalFields({ draft, set, check }: { draft: MedicineDraft; set: SetDraft<MedicineDraft>; check: FieldCheck }) {
  const { t } = useTranslation();
  const legalClass = draft.legalClass ?? 'pharmacy';
  const help = malNumberHelp(draft.registrationNo, draft.itemKind ?? 'medicine', legalClass);
  const hub = check('registrationNo');
  return (
    <>
      <ChoiceField label={t('medicines.legalClass')} value={legalClass} width={230} choices={LEGAL_CLASSES.map((value) => ({ value, label: t(`medicines.legalClasses.${value}`) }))} onChange={(next) => set({ legalClass: next })} testId="medicine-legal-class" />
      <TextField
        size="small"
        label={t('medicines.registrationNo')}
        placeholder={t('medicines.registrationHint')}
        value={draft.registrationNo ?? ''}
        onChange={(e) => set({ registrationNo: e.target.value })}
        error={hub.error || help?.tone === 'error'}
        helperText={hub.helperText ?? (help ? t(`medicines.malHelp.${help.reason}`) : undefined)}
        sx={{ width: 300 }}
        slotProps={{
          htmlInput: { maxLength: 40, 'data-testid': 'medicine-registration-no' },
          formHelperText: { sx: help?.tone === 'warning' && !hub.error ? { color: 'warning.main' } : undefined, 'data-testid': 'medicine-registration-help' } as object,
        }}
      />
      <ChoiceField label={t('medicines.storage')} value={draft.storage ?? 'room'} width={200} choices={STORAGE_PLACES.map((value) => ({ value, label: t(`medicines.storagePlaces.${value}`) }))} onChange={(storage) => set({ storage })} testId="medicine-storage" />
    </>
  );
}
