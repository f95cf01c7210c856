import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OpenAiStandIn } from '../../../tests/support/openai-stand-in';
import { speakConsultation, transcribeWithPocketsphinx } from '../../../tests/support/spoken-consultation';
import { OpenAiCompatibleProvider } from './openai-provider';
import { AiFailure } from './provider';
import { transcriptOf } from './transcript';

const CONSULTATION = ['The patient has had a fever for three days and a cough.', 'Temperature is thirty eight point five.', 'No chest pain.', 'Plan paracetamol and review in three days.'];

let server: OpenAiStandIn;
let recording: Buffer;
beforeAll(async () => {
  server = await OpenAiStandIn.start();
  server.transcribeWith((audio, fileName) => transcribeWithPocketsphinx(audio, fileName, CONSULTATION));
  recording = speakConsultation(CONSULTATION);
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const provider = (maxRetries = 0) => new OpenAiCompatibleProvider({ baseUrl: server.baseUrl, apiKey: null, timeoutMs: 20_000, maxRetries });

describe('transcription through the provider', () => {
  it('sends the recording in the transcription wire format and reads back timed segments of what was said', async () => {
    const transcript = await provider().transcribe({ model: 'whisper-1', audio: recording, fileName: 'visit.wav', language: 'en' });
    expect(server.receivedAudio).toHaveLength(1);
    expect(server.receivedAudio[0]).toMatchObject({ model: 'whisper-1', fileName: 'visit.wav', language: 'en' });
    expect(server.receivedAudio[0].audio.equals(recording)).toBe(true);
    expect(transcript.segments.map((segment) => segment.text)).toEqual(['the patient has had a fever for three days and a cough', 'temperature is thirty eight point five', 'no chest pain', 'plan paracetamol and review in three days']);
    for (const [index, segment] of transcript.segments.entries()) {
      expect(segment.end).toBeGreaterThan(segment.start);
      if (index > 0) expect(segment.start).toBeGreaterThanOrEqual(transcript.segments[index - 1].end);
    }
    expect(transcript.durationSeconds).toBeGreaterThan(transcript.segments.at(-1)?.end ?? Infinity);
    expect(transcript.model).toBe('whisper-1');
  });

  it('turns a refused or failing transcription into a typed failure', async () => {
    server.failTranscription({ kind: 'status', status: 429 }, { kind: 'garbage', body: '{"nope": true}' });
    const kinds = [];
    for (let i = 0; i < 2; i += 1) kinds.push(await provider().transcribe({ model: 'whisper-1', audio: recording, fileName: 'visit.wav' }).then(() => 'answered', (error: unknown) => (error instanceof AiFailure ? error.kind : String(error))));
    expect(kinds).toEqual(['rate-limited', 'bad-answer']);
  });
});

describe('reading a transcription answer', () => {
  it('cuts a text-only answer into sentences, untimed', () => {
    expect(transcriptOf({ text: 'Fever three days. Cough!\nNo rash' }, 'local-whisper')).toEqual({
      text: 'Fever three days. Cough!\nNo rash',
      segments: [
        { start: 0, end: 0, text: 'Fever three days.' },
        { start: 0, end: 0, text: 'Cough!' },
        { start: 0, end: 0, text: 'No rash' },
      ],
      model: 'local-whisper',
      durationSeconds: null,
    });
  });

  it('refuses an answer with no text', () => {
    expect(transcriptOf({ text: '  ' }, 'm')).toBeNull();
    expect(transcriptOf({ segments: [] }, 'm')).toBeNull();
    expect(transcriptOf('text', 'm')).toBeNull();
  });
});
