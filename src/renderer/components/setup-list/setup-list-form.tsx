import { Button, Checkbox, FormControlLabel, Paper, Stack, Typography } from '@mui/material';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../error-alert';

interface Props {
  title: string;
  /** Editing an existing row (else adding one): offers going back to a new, empty one. */
  editing: boolean;
  active: boolean;
  /** What Active is called for these rows ("Taking patients" for rooms). */
  activeLabel: string;
  onActive: (active: boolean) => void;
  pending: boolean;
  error: unknown;
  /** The form's test id; its buttons are `<testId>-save` and `<testId>-new`. */
  testId: string;
  onSubmit: () => void;
  onNew: () => void;
  children: ReactNode;
}

/** The add-or-edit form of a set-up list: its fields in a row, Active, and Enter or the button saves. */
export function SetupListForm({ title, editing, active, activeLabel, onActive, pending, error, testId, onSubmit, onNew, children }: Props) {
  const { t } = useTranslation();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Paper variant="outlined" component="form" onSubmit={submit} noValidate sx={{ p: 2 }} data-testid={testId}>
      <Stack spacing={2}>
        <Typography variant="subtitle1" component="h3">
          {title}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
          {children}
          <FormControlLabel control={<Checkbox checked={active} onChange={(event) => onActive(event.target.checked)} slotProps={{ input: { 'data-testid': `${testId}-active` } as object }} />} label={activeLabel} />
        </Stack>
        <ErrorAlert error={error} />
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={pending} data-testid={`${testId}-save`}>
            {t(editing ? 'common.save' : 'components.setupList.add')}
          </Button>
          {editing && (
            <Button onClick={onNew} data-testid={`${testId}-new`}>
              {t('components.setupList.addAnother')}
            </Button>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
