import { Button, IconButton, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { appErrorOf } from '../../api/app-error';
import { fieldRejected } from '../../components/field-error';
import { describeError } from '../../i18n/describe-error';
import { TEXT_LIMITS } from './patient-draft';

interface ListEditorProps<T> {
  title: string;
  emptyText: string;
  addLabel: string;
  /** Test id of the add button, e.g. `patient-add-phone`. */
  addTestId: string;
  value: T[];
  onChange: (items: T[]) => void;
  newItem: () => T;
  /** The schema's limit; the add button goes once it is reached. */
  max: number;
  disabled?: boolean;
  /** The fields of one row; `autoFocus` is set on the row just added so typing can go straight on. */
  renderRow: (item: T, change: (item: T) => void, index: number, autoFocus: boolean) => ReactNode;
}

/** A titled list of rows, each with a remove button, and an add button: the shape of every list on the patient form. */
export function ListEditor<T>({ title, emptyText, addLabel, addTestId, value, onChange, newItem, max, disabled, renderRow }: ListEditorProps<T>) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<number | null>(null);
  const change = (index: number) => (item: T) => onChange(value.map((old, i) => (i === index ? item : old)));
  const remove = (index: number): void => {
    setAdded(null);
    onChange(value.filter((_, i) => i !== index));
  };
  const add = (): void => {
    setAdded(value.length);
    onChange([...value, newItem()]);
  };
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2">{title}</Typography>
      {value.length === 0 && <Typography color="text.secondary">{emptyText}</Typography>}
      {value.map((item, index) => (
        <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          {renderRow(item, change(index), index, index === added)}
          {!disabled && (
            <IconButton aria-label={t('patients.remove')} onClick={() => remove(index)}>
              <DeleteIcon />
            </IconButton>
          )}
        </Stack>
      ))}
      {!disabled && value.length < max && (
        <Button size="small" startIcon={<AddIcon />} sx={{ alignSelf: 'flex-start' }} onClick={add} data-testid={addTestId}>
          {addLabel}
        </Button>
      )}
      {!disabled && value.length >= max && (
        <Typography variant="body2" color="text.secondary">
          {t('patientRecord.lists.upTo', { max })}
        </Typography>
      )}
    </Stack>
  );
}

type TextListField = 'phones' | 'chronicConditions' | 'alerts';

/** Per list: its words under `patientRecord.lists`, and the stem of its test ids (`patient-phone-0`, `patient-add-phone`). */
const TEXT_LISTS = {
  phones: { item: 'phone', empty: 'noPhones', add: 'addPhone', hint: null, stem: 'phone', type: 'tel' },
  chronicConditions: { item: 'condition', empty: 'noConditions', add: 'addCondition', hint: null, stem: 'condition', type: 'text' },
  alerts: { item: 'alert', empty: 'noAlerts', add: 'addAlert', hint: 'alertHint', stem: 'alert', type: 'text' },
} as const satisfies Record<TextListField, { item: string; empty: string; add: string; hint: string | null; stem: string; type: string }>;

interface TextListEditorProps {
  /** The patient field the list is saved as; rejected entries (`phones.1`) are marked from `error`. */
  field: TextListField;
  max: number;
  value: string[];
  onChange: (items: string[]) => void;
  error: unknown;
  disabled?: boolean;
}

/** Where entry `index` lands in what is saved: blank entries are dropped, so the hub's `phones.1` may be the third row. */
function savedIndex(items: string[], index: number): number {
  return items.slice(0, index).filter((item) => item.trim() !== '').length;
}

/** A list of one-line entries: phones, chronic conditions, alerts. */
export function TextListEditor({ field, error, ...list }: TextListEditorProps) {
  const { t } = useTranslation();
  const words = TEXT_LISTS[field];
  // A refusal of the entry itself (a phone that cannot be dialled) is said under it, not only below the form.
  const app = appErrorOf(error);
  const refusal = app && app.code !== 'VALIDATION_FAILED' ? describeError(error, t) : null;
  const hint = (index: number, rejected: boolean): string | undefined => (rejected && refusal ? refusal : index === 0 && words.hint ? t(`patientRecord.lists.${words.hint}`) : undefined);
  return (
    <ListEditor
      {...list}
      title={t(`patientRecord.fields.${field}`)}
      emptyText={t(`patientRecord.lists.${words.empty}`)}
      addLabel={t(`patientRecord.lists.${words.add}`)}
      addTestId={`patient-add-${words.stem}`}
      newItem={() => ''}
      renderRow={(item, change, index, autoFocus) => {
        const rejected = fieldRejected(error, `${field}.${savedIndex(list.value, index)}`);
        return (
          <TextField
            fullWidth
            size="small"
            label={t(`patientRecord.lists.${words.item}`)}
            type={words.type}
            autoFocus={autoFocus}
            disabled={list.disabled}
            value={item}
            error={rejected}
            helperText={hint(index, rejected)}
            onChange={(event) => change(event.target.value)}
            slotProps={{ htmlInput: { 'data-testid': `patient-${words.stem}-${index}`, 'data-field': `${field}.${savedIndex(list.value, index)}`, maxLength: TEXT_LIMITS[field] } }}
          />
        );
      }}
    />
  );
}
