import { Checkbox, ListItemText, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ROLE_KEYS, type RoleKey } from '../../../shared/permissions';

/** A multiple select; its hidden input (data-testid `user-roles`) holds the chosen keys, comma-separated. */
export function RoleSelect({ value, onChange, error }: { value: RoleKey[]; onChange: (roles: RoleKey[]) => void; error?: boolean }) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      label={t('users.roles')}
      required
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value as unknown as RoleKey[])}
      slotProps={{
        htmlInput: { 'data-testid': 'user-roles' },
        select: {
          multiple: true,
          renderValue: (selected) => (selected as RoleKey[]).map((role) => t(`roles.${role}`)).join(', '),
          SelectDisplayProps: { 'data-testid': 'user-roles-button' } as object,
        },
      }}
    >
      {ROLE_KEYS.map((role) => (
        <MenuItem key={role} value={role} data-testid={`user-role-${role}`}>
          <Checkbox checked={value.includes(role)} />
          <ListItemText primary={t(`roles.${role}`)} />
        </MenuItem>
      ))}
    </TextField>
  );
}
