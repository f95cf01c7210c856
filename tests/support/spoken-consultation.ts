import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTool } from './external-tools';

const MODEL = '/usr/share/pocketsphinx/model/en-us';

/** Words a scripted consultation uses that the CMU dictionary lacks, with their phones. */
const EXTRA_PRONUNCIATIONS: Record<string, string> = {
  paracetamol: 'P AE R AH S IY T AH M AA L',
};

/**
 * Real speech for the scribe's tests: espeak-ng says each sentence, with a second of silence
 * between them, as a 16 kHz mono 16-bit WAV (what the scribe records).
 */
export function speakConsultation(sentences: readonly string[]): Buffer {
  requireTool('espeak-ng', 'espeak-ng');
  requireTool('sox', 'sox');
  const dir = mkdtempSync(join(tmpdir(), 'clinicdesk-speech-'));
  try {
    const parts = sentences.map((sentence, index) => {
      const file = join(dir, `s${index}.wav`);
      execFileSync('espeak-ng', ['-v', 'en-us', '-s', '140', '-w', file, sentence]);
      return file;
    });
    const silence = join(dir, 'silence.wav');
    execFileSync('sox', ['-n', '-r', '22050', '-c', '1', silence, 'trim', '0', '1.0']);
    const joined = parts.flatMap((part, index) => (index === 0 ? [part] : [silence, part]));
    const out = join(dir, 'consultation.wav');
    // -D: no dither, so the same sentences are the same samples every run (dither's noise sometimes changed what pocketsphinx heard).
    execFileSync('sox', [...joined, '-D', '-r', '16000', '-c', '1', '-b', '16', out]);
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface SpokenSegment {
  start: number;
  end: number;
  text: string;
}

/**
 * Offline speech recognition for the model stand-in's transcription endpoint: pocketsphinx,
 * held to a grammar of the sentences the test expects (on free speech it is too noisy to test
 * with). Any audio sox reads is converted to 16 kHz mono first.
 */
export function transcribeWithPocketsphinx(audio: Buffer, fileName: string, expectedSentences: readonly string[]): { text: string; segments: SpokenSegment[]; duration: number } {
  requireTool('pocketsphinx_continuous', 'pocketsphinx pocketsphinx-en-us');
  requireTool('sox', 'sox');
  const dir = mkdtempSync(join(tmpdir(), 'clinicdesk-asr-'));
  try {
    const input = join(dir, fileName.replace(/[^\w.-]/g, '_'));
    writeFileSync(input, audio);
    const wav = join(dir, 'speech16k.wav');
    execFileSync('sox', [input, '-r', '16000', '-c', '1', '-b', '16', wav]);
    const duration = Number(execFileSync('soxi', ['-D', wav]).toString().trim());
    const words = (sentence: string) => sentence.toLowerCase().replace(/[^a-z' ]/g, ' ').split(/\s+/).filter(Boolean);
    const grammar = join(dir, 'consultation.gram');
    writeFileSync(grammar, `#JSGF V1.0;\ngrammar consultation;\npublic <sentence> = ${expectedSentences.map((sentence) => words(sentence).join(' ')).join('\n | ')};\n`);
    const dictionary = join(dir, 'words.dict');
    const extra = Object.entries(EXTRA_PRONUNCIATIONS).map(([word, phones]) => `${word} ${phones}`).join('\n');
    writeFileSync(dictionary, `${readFileSync(join(MODEL, 'cmudict-en-us.dict'), 'utf8')}${extra}\n`);
    const output = execFileSync('pocketsphinx_continuous', ['-infile', wav, '-hmm', join(MODEL, 'en-us'), '-jsgf', grammar, '-dict', dictionary, '-time', 'yes'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    return { ...segmentsOf(output), duration };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pocketsphinx `-time yes` prints each utterance, then one `word start end confidence` line per word. */
function segmentsOf(output: string): { text: string; segments: SpokenSegment[] } {
  const segments: SpokenSegment[] = [];
  for (const line of output.split('\n').map((row) => row.trim()).filter(Boolean)) {
    const timed = /^(\S+) (\d+\.\d+) (\d+\.\d+) [\d.]+$/.exec(line);
    if (!timed) {
      segments.push({ start: Number.NaN, end: 0, text: line });
      continue;
    }
    const current = segments.at(-1);
    if (!current || timed[1].startsWith('<') || timed[1] === '</s>') continue;
    if (Number.isNaN(current.start)) current.start = Number(timed[2]);
    current.end = Number(timed[3]);
  }
  const spoken = segments.filter((segment) => !Number.isNaN(segment.start));
  return { text: spoken.map((segment) => segment.text).join(' '), segments: spoken };
}

/** The PCM samples of a 16-bit mono WAV (as speakConsultation makes it), or null when it is not one. */
export function pcmOfWav(wav: Buffer): { pcm: Buffer; sampleRate: number } | null {
  if (wav.length < 44 || wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') return null;
  let offset = 12;
  let sampleRate = 0;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    if (id === 'fmt ') {
      if (wav.readUInt16LE(offset + 8) !== 1 || wav.readUInt16LE(offset + 10) !== 1 || wav.readUInt16LE(offset + 22) !== 16) return null;
      sampleRate = wav.readUInt32LE(offset + 12);
    }
    if (id === 'data') return sampleRate ? { pcm: wav.subarray(offset + 8, offset + 8 + size), sampleRate } : null;
    offset += 8 + size + (size % 2);
  }
  return null;
}
