import { Box, Button, Typography } from '@mui/material';
import { useSubscription } from '@trpc/tanstack-react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTRPC } from '../../api/client';
import { useClinicDates, useNow } from '../../format/use-clinic-clock';
import { describeError } from '../../i18n/describe-error';
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/i18n';
import { DisplayBoard, type Label } from './display-board';
import { useAnnouncements } from './use-announcements';

/** The time on the TV: the clinic's, whatever zone the TV or its PC is set to. */
function useClock(): string {
  return useClinicDates().time(useNow(1000), { seconds: true });
}

function Message({ children }: { children: ReactNode }) {
  return (
    <Box sx={{ height: '100vh', display: 'grid', placeItems: 'center', bgcolor: '#0b2730', color: '#fff', p: 4, textAlign: 'center' }}>
      <Typography sx={{ fontSize: '2.5vw' }}>{children}</Typography>
    </Box>
  );
}

/**
 * The waiting-room TV at `#/display?code=…`: no sign-in and no app shell, only the board,
 * kept live by a subscription and announced with a chime and a spoken call-out.
 */
export function DisplayPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  const board = useSubscription(trpc.display.board.subscriptionOptions({ pairingCode: code }, { enabled: code.length > 0 }));
  const { needsTap, enableSound } = useAnnouncements(board.data);
  const clock = useClock();
  if (!code) return <Message>{t('display.missingCode')}</Message>;
  if (board.error) return <Message>{describeError(board.error, t)}</Message>;
  if (!board.data) return <Message>{t('display.connecting')}</Message>;
  const languages = board.data.languages.filter((l): l is UiLanguage => (UI_LANGUAGES as readonly string[]).includes(l));
  const label: Label = (key) => [...new Set((languages.length ? languages : ['en' as const]).map((lang) => i18n.getFixedT(lang)(`display.${key}`)))].join(' · ');
  return (
    <Box onClick={enableSound}>
      <DisplayBoard board={board.data} clock={clock} label={label} />
      {needsTap && (
        <Button variant="contained" color="warning" onClick={enableSound} sx={{ position: 'fixed', bottom: 16, right: 16 }}>
          {t('display.sound')}
        </Button>
      )}
    </Box>
  );
}
