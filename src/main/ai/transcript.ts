import { z } from 'zod';
import type { AiTranscript } from './provider';

const verboseTranscription = z.object({
  text: z.string(),
  model: z.string().optional(),
  duration: z.number().nonnegative().optional(),
  segments: z.array(z.object({ start: z.number().nonnegative(), end: z.number().nonnegative(), text: z.string() })).optional(),
});

/**
 * A transcription answer read defensively: Whisper's `verbose_json` has timed segments; some
 * OpenAI-compatible servers answer with the text alone, which is then cut into sentences so the
 * scribe can still link a note to the lines it came from. Null when there is no text.
 */
export function transcriptOf(answer: unknown, requestedModel: string): AiTranscript | null {
  const parsed = verboseTranscription.safeParse(answer);
  if (!parsed.success || parsed.data.text.trim() === '') return null;
  const { text, segments, duration, model } = parsed.data;
  const timed = (segments ?? []).map((segment) => ({ start: segment.start, end: segment.end, text: segment.text.trim() })).filter((segment) => segment.text !== '');
  return {
    text: text.trim(),
    segments: timed.length > 0 ? timed : sentencesOf(text).map((sentence) => ({ start: 0, end: 0, text: sentence })),
    model: model ?? requestedModel,
    durationSeconds: duration ?? null,
  };
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}
