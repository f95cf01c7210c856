import { Box, Button, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useReconnectingWords } from '../../components/reconnecting';
import { useClinicDates } from '../../format/use-clinic-clock';
import { describeError } from '../../i18n/describe-error';
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/i18n';
import { DisplayBoard, type Label } from './display-board';
import { useHubTime } from './hub-clock';
import { useAnnouncements } from './use-announcements';
import { useBoardFeed } from './use-board-feed';

/** The time on the TV: the hub's, in the clinic's zone, whatever time or zone the TV or its PC is set to. */
function useClock(hubNow: string | undefined): string {
  const dates = useClinicDates();
  const now = useHubTime(hubNow);
  return now ? dates.time(now, { seconds: true }) : '';
}

function Message({ children }: { children: ReactNode }) {
  return (
    <Box sx={{ height: '100vh', display: 'grid', placeItems: 'center', bgcolor: '#0b2730', color: '#fff', p: 4, textAlign: 'center' }}>
      <Typography component="div" sx={{ fontSize: '2.5vw' }}>
        {children}
      </Typography>
    </Box>
  );
}

const OVER_BOARD = { position: 'fixed', top: 0, left: 0, right: 0, bgcolor: '#b71c1c', color: '#fff', py: 1, textAlign: 'center', fontSize: '1.8vw' } as const;
const UNDER_MESSAGE = { mt: 2, opacity: 0.8, fontSize: '2vw' } as const;

/** What the TV says while it tries the hub again by itself; nobody needs to touch it. */
function Reconnecting({ nextTryAt, overBoard }: { nextTryAt: number | null; overBoard: boolean }) {
  const words = useReconnectingWords(nextTryAt);
  return (
    <Typography data-testid="display-reconnecting" role="status" sx={overBoard ? OVER_BOARD : UNDER_MESSAGE}>
      {words}
    </Typography>
  );
}

/**
 * The waiting-room TV at `#/display?code=…`: no sign-in and no app shell, only the board,
 * kept live by a subscription that comes back by itself, and announced with a chime and a
 * spoken call-out.
 */
export function DisplayPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  const { board, error, retrying } = useBoardFeed(code);
  const { needsTap, enableSound } = useAnnouncements(board);
  const clock = useClock(board?.now);
  if (!code) return <Message>{t('display.missingCode')}</Message>;
  if (!board) {
    if (!error) return <Message>{t('display.connecting')}</Message>;
    // A lost link says so in the reconnecting words; a refusal is explained first.
    const lostLink = retrying && describeError(error, t) === t('error.offline');
    return (
      <Message>
        {!lostLink && <div data-testid="display-error">{describeError(error, t)}</div>}
        {retrying && <Reconnecting nextTryAt={retrying.nextTryAt} overBoard={false} />}
      </Message>
    );
  }
  const languages = board.languages.filter((l): l is UiLanguage => (UI_LANGUAGES as readonly string[]).includes(l));
  const label: Label = (key) => [...new Set((languages.length ? languages : ['en' as const]).map((lang) => i18n.getFixedT(lang)(`display.${key}`)))].join(' · ');
  return (
    <Box onClick={enableSound}>
      <DisplayBoard board={board} clock={clock} label={label} />
      {retrying && <Reconnecting nextTryAt={retrying.nextTryAt} overBoard />}
      {needsTap && (
        <Button variant="contained" color="warning" onClick={enableSound} sx={{ position: 'fixed', bottom: 16, right: 16 }}>
          {t('display.sound')}
        </Button>
      )}
    </Box>
  );
}
