import { Button, Paper, Stack, Typography } from '@mui/material';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';

interface Props {
  title: string;
  /** Editing an existing row (else adding one): offers going back to a new, empty one. */
  editing: boolean;
  pending: boolean;
  error: unknown;
  /** `<prefix>-save` and `<prefix>-new` test ids. */
  testId: string;
  onSubmit: () => void;
  onNew: () => void;
  children: ReactNode;
}

/** The add-or-edit form above a set-up list (appointment types, resources): fields in a row, Enter saves. */
export function EditorCard({ title, editing, pending, error, testId, onSubmit, onNew, children }: Props) {
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
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          {children}
        </Stack>
        <ErrorAlert error={error} />
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={pending} data-testid={`${testId}-save`}>
            {t(editing ? 'common.save' : 'appointments.add')}
          </Button>
          {editing && (
            <Button onClick={onNew} data-testid={`${testId}-new`}>
              {t('appointments.addAnother')}
            </Button>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
