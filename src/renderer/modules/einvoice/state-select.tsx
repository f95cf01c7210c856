import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { STATE_CODES } from '../../../shared/schemas/einvoice';

type StateCode = (typeof STATE_CODES)[number];

/** A Malaysian state by the SDK's state code (17: an address outside Malaysia). */
export function StateSelect({ value, disabled = false, onChange }: { value: StateCode; disabled?: boolean; onChange: (code: StateCode) => void }) {
  const { t } = useTranslation();
  return (
    <TextField select label={t('einvoice.fields.state')} disabled={disabled} value={value} onChange={(e) => onChange(e.target.value as StateCode)}>
      {STATE_CODES.map((code) => (
        <MenuItem key={code} value={code}>
          {t(`einvoice.states.${code}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
