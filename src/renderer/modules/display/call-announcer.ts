import type { BoardCall } from '../../../shared/schemas/queue';

declare global {
  interface Window {
    /**
     * Test hook: every call-out the display spoke, in order. Headless browsers have no
     * voices, so end-to-end tests read what would have been said from here.
     */
    __clinicdeskSpoken?: string[];
  }
}

/** One language's call-out: the sentence and the BCP 47 language a voice should speak it in. */
export interface CallOut {
  lang: string;
  text: string;
}

/** A two-note "ding-dong", made on the spot so the display needs no sound files. */
export function playChime(audio: AudioContext): void {
  const start = audio.currentTime;
  for (const [index, frequency] of [880, 660].entries()) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    const at = start + index * 0.45;
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.4, at + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.9);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(at);
    oscillator.stop(at + 1);
  }
}

/** Speaks each call-out in turn, with a voice of that language where the system has one. */
export function speak(callOuts: CallOut[]): void {
  window.__clinicdeskSpoken ??= [];
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
  const voices = synth?.getVoices() ?? [];
  for (const callOut of callOuts) {
    window.__clinicdeskSpoken.push(callOut.text);
    if (!synth) continue;
    const utterance = new SpeechSynthesisUtterance(callOut.text);
    utterance.lang = callOut.lang;
    utterance.rate = 0.9;
    const voice = voices.find((v) => v.lang.toLowerCase().startsWith(callOut.lang));
    if (voice) utterance.voice = voice;
    synth.speak(utterance);
  }
}

/** Identifies one announcement: a recall of the same ticket is a new one. */
export function callKey(call: BoardCall): string {
  return `${call.ticketNo}|${call.calledAt}|${call.calledCount}`;
}

/** The room as people say it: "bilik 2" for numbered rooms, the name for a station such as the pharmacy. */
export function spokenRoom(call: BoardCall): string {
  return /^\d+$/.test(call.roomCode) ? call.roomCode : call.roomName;
}
