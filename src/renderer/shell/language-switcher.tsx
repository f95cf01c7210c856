import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { changeLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n/i18n';

export function LanguageSwitcher({ dark }: { dark?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <TextField
      select
      size="small"
      label={t('common.language')}
      value={i18n.language}
      onChange={(event) => changeLanguage(i18n, event.target.value as UiLanguage)}
      slotProps={{ htmlInput: { 'data-testid': 'language' } }}
      sx={dark ? { minWidth: 150, '& *': { color: 'common.white' }, '& fieldset': { borderColor: 'rgba(255,255,255,0.5)' } } : { minWidth: 150 }}
    >
      {UI_LANGUAGES.map((code) => (
        <MenuItem key={code} value={code}>
          {t(`languages.${code}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
