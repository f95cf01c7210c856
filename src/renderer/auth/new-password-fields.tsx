import { TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { passwordSchema } from '../../shared/schemas/common';
import { fieldRejected } from '../components/field-error';

export interface NewPasswordDraft {
  password: string;
  confirm: string;
}

/** Whether a new password can be sent yet: strong enough, and typed the same twice. */
export function newPasswordProblems(draft: NewPasswordDraft): { weak: boolean; mismatch: boolean } {
  return { weak: draft.password !== '' && !passwordSchema.safeParse(draft.password).success, mismatch: draft.confirm !== '' && draft.password !== draft.confirm };
}

/** A new password and its confirmation; test ids `<testIdPrefix>-new` and `<testIdPrefix>-confirm`. */
export function NewPasswordFields({
  value,
  onChange,
  rejected,
  testIdPrefix,
}: {
  value: NewPasswordDraft;
  onChange: (value: NewPasswordDraft) => void;
  /** The failed call whose validation may have refused `newPassword`. */
  rejected: unknown;
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  const { weak, mismatch } = newPasswordProblems(value);
  return (
    <>
      <TextField
        label={t('changePassword.new')}
        type="password"
        autoComplete="new-password"
        value={value.password}
        error={weak || fieldRejected(rejected, 'newPassword')}
        helperText={t('setup.passwordRule')}
        onChange={(event) => onChange({ ...value, password: event.target.value })}
        slotProps={{ htmlInput: { 'data-testid': `${testIdPrefix}-new` } }}
      />
      <TextField
        label={t('changePassword.confirm')}
        type="password"
        autoComplete="new-password"
        value={value.confirm}
        error={mismatch}
        helperText={mismatch ? t('setup.passwordMismatch') : ' '}
        onChange={(event) => onChange({ ...value, confirm: event.target.value })}
        slotProps={{ htmlInput: { 'data-testid': `${testIdPrefix}-confirm` } }}
      />
    </>
  );
}
