import { Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../shared/errors';
import { textLimitsOf } from '../../shared/schemas/field-paths';
import { initialiseInputSchema } from '../../shared/schemas/setup';
import { useFormErrors } from '../components/form-errors/use-form-errors';

export interface AdminDraft {
  username: string;
  displayName: string;
  password: string;
  passwordConfirm: string;
}

export const EMPTY_ADMIN_DRAFT: AdminDraft = { username: '', displayName: '', password: '', passwordConfirm: '' };

const LIMITS = textLimitsOf(initialiseInputSchema.shape.admin);

interface Props {
  value: AdminDraft;
  onChange: (value: AdminDraft) => void;
  /** The hub's refusal of the set-up, and what the screen found before sending (paths under `admin.`). */
  error: unknown;
  found: FieldIssue[];
  attempt: number;
}

export function AdminAccountFields({ value, onChange, error, found, attempt }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors({ error, found, attempt, limits: LIMITS, prefix: 'admin' });
  const set = (key: keyof AdminDraft, next: string): void => onChange({ ...value, [key]: next });
  const mismatch = value.passwordConfirm !== '' && value.password !== value.passwordConfirm;
  return (
    <Stack spacing={2} ref={form.ref}>
      <TextField
        label={t('setup.username')}
        required
        autoFocus
        autoComplete="username"
        value={value.username}
        {...form.check('username', value.username)}
        onChange={(event) => set('username', event.target.value)}
        slotProps={{ htmlInput: { ...form.input('username'), 'data-testid': 'setup-admin-username' } }}
      />
      <TextField
        label={t('setup.displayName')}
        required
        value={value.displayName}
        {...form.check('displayName', value.displayName)}
        onChange={(event) => set('displayName', event.target.value)}
        slotProps={{ htmlInput: { ...form.input('displayName'), 'data-testid': 'setup-admin-display-name' } }}
      />
      <TextField
        label={t('setup.password')}
        type="password"
        required
        autoComplete="new-password"
        value={value.password}
        {...form.check('password', undefined, t('setup.passwordRule'))}
        onChange={(event) => set('password', event.target.value)}
        slotProps={{ htmlInput: { ...form.input('password'), 'data-testid': 'setup-admin-password' } }}
      />
      <TextField
        label={t('setup.passwordConfirm')}
        type="password"
        required
        autoComplete="new-password"
        value={value.passwordConfirm}
        error={mismatch || form.check('passwordConfirm').error}
        helperText={mismatch ? t('setup.passwordMismatch') : ' '}
        onChange={(event) => set('passwordConfirm', event.target.value)}
        slotProps={{ htmlInput: { ...form.input('passwordConfirm'), 'data-testid': 'setup-admin-password-confirm' } }}
      />
    </Stack>
  );
}
