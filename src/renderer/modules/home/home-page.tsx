import { Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import PinIcon from '@mui/icons-material/Pin';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session-context';
import { SetPinDialog } from './set-pin-dialog';

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [pinOpen, setPinOpen] = useState(false);
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
          </Stack>
        </CardContent>
      </Card>
      {pinOpen && <SetPinDialog onClose={() => setPinOpen(false)} />}
    </Stack>
  );
}
