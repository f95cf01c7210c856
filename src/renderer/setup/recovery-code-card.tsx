import { Box, Button, Checkbox, FormControlLabel, Paper, Stack, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinicDates } from '../format/clinic-dates';

/**
 * Shown once after set-up: the only copy of the key a person will ever see. Dated in the zone just
 * entered: asking the hub would refetch its status, which now says open and ends the wizard.
 */
export function RecoveryCodeCard({ code, clinicName, timeZone, onContinue }: { code: string; clinicName: string; timeZone: string; onContinue: () => void }) {
  const { t, i18n } = useTranslation();
  const [kept, setKept] = useState(false);
  return (
    <Stack spacing={3}>
      <Typography variant="h5" component="h2">
        {t('recoveryCode.title')}
      </Typography>
      <Typography>{t('recoveryCode.explain')}</Typography>
      <Paper variant="outlined" className="recovery-card" sx={{ p: 3 }}>
        <Typography variant="overline">{t('recoveryCode.cardTitle')}</Typography>
        <Typography variant="h6">{clinicName}</Typography>
        <Box
          data-testid="recovery-code"
          sx={{ fontFamily: 'monospace', fontSize: '1.6rem', fontWeight: 700, letterSpacing: '0.08em', wordBreak: 'break-word', my: 2 }}
        >
          {code}
        </Box>
        <Typography variant="caption">{clinicDates(timeZone, i18n.language).dateTime(new Date())}</Typography>
      </Paper>
      <Stack direction="row" spacing={2} className="no-print" sx={{ alignItems: 'center' }}>
        <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {t('common.print')}
        </Button>
        <FormControlLabel
          control={<Checkbox checked={kept} onChange={(event) => setKept(event.target.checked)} slotProps={{ input: { 'data-testid': 'recovery-code-confirm' } as object }} />}
          label={t('recoveryCode.confirm')}
        />
      </Stack>
      <Button variant="contained" size="large" disabled={!kept} onClick={onContinue} data-testid="recovery-code-continue" className="no-print">
        {t('common.continue')}
      </Button>
    </Stack>
  );
}
