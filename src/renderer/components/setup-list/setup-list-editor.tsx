import { Card, CardContent, Checkbox, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from '../data-table/data-table';
import { ErrorAlert } from '../error-alert';
import { useFormErrors, type FieldState } from '../form-errors/use-form-errors';
import { SetupListForm } from './setup-list-form';

/** What a set-up list saves: the hub's save procedure, as TanStack Query's mutation gives it. */
export interface SetupSave<Draft> {
  mutate: (draft: Draft, options: { onSuccess: () => void }) => void;
  isPending: boolean;
  error: unknown;
}

/** A field's `error` and `helperText` when the hub rejected it, to spread on its TextField. */
export type FieldCheck = (field: string) => FieldState;

/** Where the form's fields write: `set({ name })` changes the draft being edited. */
export type SetDraft<Draft> = (changes: Partial<Draft>) => void;

interface Props<Item extends Draft & { id: string }, Draft extends { active: boolean; id?: string }> {
  /** The card's title, the form's title adding or editing (by default "Edit the chosen row"), what an empty list says, and what Active is called for these rows. */
  words: { title: string; add: string; edit?: string; empty: string; active?: string };
  /** `<testId>` is the form, `<testId>-save` and `<testId>-new` its buttons. */
  testId: string;
  editable: boolean;
  /** The list as its query gives it. */
  list: { data?: readonly Item[]; isPending: boolean; error: unknown };
  /** The list's columns; the editor adds Active. */
  columns: DataColumn<Item>[];
  rowTestId: (item: Item) => string;
  blank: Draft;
  save: SetupSave<Draft>;
  fields: (draft: Draft, set: SetDraft<Draft>, check: FieldCheck) => ReactNode;
  /** Under the form: what a save left behind (appointments stranded by a room or resource). */
  children?: ReactNode;
}

/**
 * Every set-up list (rooms, panels, appointment types, resources): the list, a click or Enter on
 * a row to edit it, a form to add or edit with Active, and fields the hub rejected marked where
 * they are. Nothing is deleted: a row no longer used is made inactive, from the list or the form.
 */
export function SetupListEditor<Item extends Draft & { id: string }, Draft extends { active: boolean; id?: string }>(props: Props<Item, Draft>) {
  const { editable, blank, save, list, words } = props;
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(blank);
  const set: SetDraft<Draft> = (changes) => setDraft({ ...draft, ...changes });
  const form = useFormErrors({ error: save.error });
  const check: FieldCheck = (field) => form.check(field);
  const activeWord = words.active ?? t('components.setupList.active');
  const activeColumn: DataColumn<Item> = {
    key: 'active',
    header: activeWord,
    align: 'center',
    sortValue: (item) => (item.active ? 0 : 1),
    cell: (item) =>
      editable ? (
        <Checkbox
          checked={item.active}
          title={activeWord}
          onClick={(event) => event.stopPropagation()}
          onChange={(event) => save.mutate({ ...item, active: event.target.checked }, { onSuccess: () => undefined })}
        />
      ) : item.active ? (
        activeWord
      ) : (
        t('components.setupList.inactive')
      ),
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {words.title}
          </Typography>
          <ErrorAlert error={list.error} />
          <DataTable
            columns={[...props.columns, activeColumn]}
            rows={list.data}
            rowKey={(item) => item.id}
            rowTestId={props.rowTestId}
            loading={list.isPending}
            emptyText={words.empty}
            framed={false}
            pageSize={50}
            isSelected={(item) => item.id === draft.id}
            onRowActivate={editable ? (item) => setDraft(item) : undefined}
          />
          {editable && (
            <SetupListForm
              title={draft.id ? (words.edit ?? t('components.setupList.editing')) : words.add}
              editing={draft.id !== undefined}
              active={draft.active}
              activeLabel={activeWord}
              onActive={(active) => set({ active } as Partial<Draft>)}
              pending={save.isPending}
              error={save.error}
              testId={props.testId}
              onSubmit={() => save.mutate(draft, { onSuccess: () => setDraft(blank) })}
              onNew={() => setDraft(blank)}
            >
              {props.fields(draft, set, check)}
            </SetupListForm>
          )}
          {props.children}
        </Stack>
      </CardContent>
    </Card>
  );
}
