import { Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import PinIcon from '@mui/icons-material/Pin';
import VerifiedIcon from '@mui/icons-material/Verified';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useSession } from '../../session/session-context';
import { VerifyDocumentDialog } from '../visit-documents/verify-document-dialog';
import { SetPinDialog } from './set-pin-dialog';

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [pinOpen, setPinOpen] = useState(false);
  // The front desk takes employers' calls to check an MC.
  const canVerify = useCan('patients.view');
  const [verifyOpen, setVerifyOpen] = useState(false);
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        {t('home.welcome', { name: user.displayName })}
      </Typography>
      <Card variant="outlined">
        <CardContent>
          <Stack spacing={2}>
            <Typography>{t('home.signedInAs', { username: user.username })}</Typography>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography color="text.secondary">{t('home.roles')}:</Typography>
              {user.roles.map((role) => (
                <Chip key={role} label={t(`roles.${role}`)} size="small" />
              ))}
            </Stack>
            <Button variant="outlined" startIcon={<PinIcon />} onClick={() => setPinOpen(true)} sx={{ alignSelf: 'flex-start' }} data-testid="set-pin">
              {t('home.setPin')}
            </Button>
            {canVerify && (
              <Button variant="outlined" startIcon={<VerifiedIcon />} onClick={() => setVerifyOpen(true)} sx={{ alignSelf: 'flex-start' }} data-testid="verify-document-open">
                {t('visitDocuments.verify.open')}
              </Button>
            )}
          </Stack>
        </CardContent>
      </Card>
      {pinOpen && <SetPinDialog onClose={() => setPinOpen(false)} />}
      {verifyOpen && <VerifyDocumentDialog onClose={() => setVerifyOpen(false)} />}
    </Stack>
  );
}
