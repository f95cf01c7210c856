import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueBoard } from '../../../shared/schemas/queue';
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/i18n';
import { callKey, playChime, speak, spokenRoom } from './call-announcer';

function isUiLanguage(language: string): language is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(language);
}

/**
 * Chimes and speaks each new call on the board, once, in the clinic's languages. Calls
 * already on the board when the display opens are history, not news. Returns whether the
 * browser still needs a tap before it will play sound.
 */
export function useAnnouncements(board: QueueBoard | undefined): { needsTap: boolean; enableSound: () => void } {
  const { i18n } = useTranslation();
  const seen = useRef<Set<string> | null>(null);
  const audio = useRef<AudioContext | null>(null);
  const [needsTap, setNeedsTap] = useState(false);

  const enableSound = useCallback(() => {
    audio.current ??= new AudioContext();
    void audio.current.resume().then(() => setNeedsTap(false));
  }, []);

  useEffect(() => {
    if (!board) return;
    const keys = board.called.map(callKey);
    if (seen.current === null) {
      seen.current = new Set(keys);
      return;
    }
    const known = seen.current;
    const fresh = board.called.filter((call) => !known.has(callKey(call))).reverse();
    for (const key of keys) known.add(key);
    if (fresh.length === 0) return;
    audio.current ??= new AudioContext();
    if (audio.current.state === 'suspended') setNeedsTap(true);
    playChime(audio.current);
    const languages = board.languages.filter(isUiLanguage);
    speak(fresh.flatMap((call) => languages.map((lang) => ({ lang, text: i18n.getFixedT(lang)('display.callout', { ticket: call.ticketNo, room: spokenRoom(call) }) }))));
  }, [board, i18n]);

  useEffect(() => () => void audio.current?.close(), []);
  return { needsTap, enableSound };
}
