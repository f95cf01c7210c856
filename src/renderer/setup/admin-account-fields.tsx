import { Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { fieldRejected } from '../components/field-error';

export interface AdminDraft {
  username: string;
  displayName: string;
  password: string;
  passwordConfirm: string;
}

export const EMPTY_ADMIN_DRAFT: AdminDraft = { username: '', displayName: '', password: '', passwordConfirm: '' };

export function AdminAccountFields({ value, onChange, rejected }: { value: AdminDraft; onChange: (value: AdminDraft) => void; rejected: unknown }) {
  const { t } = useTranslation();
  const set = (key: keyof AdminDraft, next: string): void => onChange({ ...value, [key]: next });
  const mismatch = value.passwordConfirm !== '' && value.password !== value.passwordConfirm;
  return (
    <Stack spacing={2}>
      <TextField
        label={t('setup.username')}
        required
        autoFocus
        autoComplete="username"
        value={value.username}
        error={fieldRejected(rejected, 'admin.username')}
        onChange={(event) => set('username', event.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'setup-admin-username' } }}
      />
      <TextField
        label={t('setup.displayName')}
        required
        value={value.displayName}
        error={fieldRejected(rejected, 'admin.displayName')}
        onChange={(event) => set('displayName', event.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'setup-admin-display-name' } }}
      />
      <TextField
        label={t('setup.password')}
        type="password"
        required
        autoComplete="new-password"
        helperText={t('setup.passwordRule')}
        value={value.password}
        error={fieldRejected(rejected, 'admin.password')}
        onChange={(event) => set('password', event.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'setup-admin-password' } }}
      />
      <TextField
        label={t('setup.passwordConfirm')}
        type="password"
        required
        autoComplete="new-password"
        value={value.passwordConfirm}
        error={mismatch}
        helperText={mismatch ? t('setup.passwordMismatch') : ' '}
        onChange={(event) => set('passwordConfirm', event.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'setup-admin-password-confirm' } }}
      />
    </Stack>
  );
}
