import { performance } from 'node:perf_hooks';
import { assessComplaint } from '../../src/main/ai/features/triage/triage-engine';
import { CompromiseNameFinder } from '../../src/main/ai/privacy/name-finder';
import { Redactor } from '../../src/main/ai/privacy/redactor';
import { Prng } from '../support/http-fuzz-inputs';
import { clinicalNotes } from './clinical-notes';
import { atMost, ms, type Goal, type ReportSection } from './report';
import { percentile } from './stats';

export const AI_GOALS = { triageP95Ms: 5, redactionMBps: 1 };

const OPENINGS = ['sakit dada sejak pagi', 'chest pain since morning', 'demam panas 3 hari', 'fever and cough 3 days', 'sesak nafas', 'bayi demam', 'batuk selsema', 'muntah darah', 'mulut herot dan pelat', 'bengkak muka gatal lepas makan udang', 'mengandung 20 minggu berdarah', 'luka di kaki', 'FOMEMA', 'sakit perut, cirit birit', 'pening kepala', 'nak refill ubat darah tinggi', 'pengsan di pasar', 'kejang tadi', 'nak bunuh diri', 'sore throat'];
const TAILS = ['', ', berpeluh', ' lah', ', no fever', ', tiada sakit dada', ' sejak semalam', ' x2 today', ', T 38.9', ' dan loya', ', sakit2 badan', ' since 2 days ago, worse at night'];

/** Complaints as a front desk types them: an opening, a tail or two, now and then a slip of the finger. */
function complaints(count: number, rng: Prng): string[] {
  return Array.from({ length: count }, () => {
    let text = OPENINGS[Math.floor(rng.next() * OPENINGS.length)] + TAILS[Math.floor(rng.next() * TAILS.length)] + TAILS[Math.floor(rng.next() * TAILS.length)];
    if (rng.next() < 0.2) {
      const at = 1 + Math.floor(rng.next() * (text.length - 2));
      text = text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
    }
    return text;
  });
}

export interface AiLocalResult {
  complaints: number;
  triageP50Ms: number;
  triageP95Ms: number;
  triageMaxMs: number;
  redactedBytes: number;
  redactionMs: number;
  redactionMBps: number;
  /** The first text after the redactor is made, compromise's code not yet compiled hot. */
  redactionFirstMBps: number;
  /** Consultation notes as doctors write them, one line in five naming someone. */
  redactionNotesMBps: number;
  redactionWithoutNameFinderMBps: number;
}

/** The local triage per complaint, and the redaction chain's throughput as the hub wires it (the name finder last). */
export function measureAiLocal(options: { complaints: number; warmup: number; redactionBytes: number; seed: number }): AiLocalResult {
  const rng = new Prng(options.seed);
  const typed = complaints(options.complaints, rng);
  for (let i = 0; i < options.warmup; i += 1) assessComplaint({ complaint: typed[i % typed.length], ageMonths: null, sex: null, pregnant: null });
  const timings = typed.map((complaint, i) => {
    const started = performance.now();
    assessComplaint({ complaint, ageMonths: i % 7 === 0 ? 4 : 420, sex: i % 2 === 0 ? 'female' : 'male', pregnant: null });
    return performance.now() - started;
  });
  const sorted = timings.sort((a, b) => a - b);
  // Different texts from the generator: the first MB a hub redacts after it starts, then MBs it has not seen, as it redacts all day.
  const first = clinicalNotes(options.redactionBytes, rng);
  const next = clinicalNotes(options.redactionBytes, rng);
  const notes = clinicalNotes(options.redactionBytes, rng, 'notes');
  const throughput = (redactor: Redactor, { text, patient }: typeof first): { ms: number; mbps: number } => {
    const started = performance.now();
    // Notes are redacted a few kilobytes at a time, as a feature sends them.
    for (let at = 0; at < text.length; at += 4000) redactor.redact(text.slice(at, at + 4000), [patient]);
    const elapsed = performance.now() - started;
    return { ms: elapsed, mbps: Buffer.byteLength(text) / 1_000_000 / (elapsed / 1000) };
  };
  // A new finder for each text: it remembers no sentence of the one before.
  const cold = throughput(new Redactor(new CompromiseNameFinder()), first);
  const full = throughput(new Redactor(new CompromiseNameFinder()), next);
  const asWritten = throughput(new Redactor(new CompromiseNameFinder()), notes);
  const withoutNames = throughput(new Redactor(null), next);
  return {
    complaints: typed.length,
    triageP50Ms: percentile(sorted, 0.5),
    triageP95Ms: percentile(sorted, 0.95),
    triageMaxMs: sorted[sorted.length - 1],
    redactedBytes: Buffer.byteLength(next.text),
    redactionMs: full.ms,
    redactionMBps: full.mbps,
    redactionFirstMBps: cold.mbps,
    redactionNotesMBps: asWritten.mbps,
    redactionWithoutNameFinderMBps: withoutNames.mbps,
  };
}

function atLeast(measured: number, limit: number, text: string): Goal {
  return { text, met: measured >= limit };
}

export function aiLocalSection(result: AiLocalResult, warmup: number): ReportSection {
  return {
    title: `11. AI local work: triage of ${result.complaints.toLocaleString('en-US')} generated complaints; redaction of ${(result.redactedBytes / 1_000_000).toFixed(1)} MB of clinical text`,
    rows: [
      { figure: 'local triage per complaint p50 / p95', measured: `${result.triageP50Ms.toFixed(3)} / ${result.triageP95Ms.toFixed(3)} ms`, goal: atMost(result.triageP95Ms, AI_GOALS.triageP95Ms, `p95 ≤ ${AI_GOALS.triageP95Ms} ms`) },
      { figure: '  max', measured: `${result.triageMaxMs.toFixed(3)} ms` },
      { figure: 'redaction, full chain (own identifiers, shapes, compromise names)', measured: `${result.redactionMBps.toFixed(2)} MB/s`, goal: atLeast(result.redactionMBps, AI_GOALS.redactionMBps, `≥ ${AI_GOALS.redactionMBps} MB/s`) },
      { figure: '  full chain, total time', measured: ms(result.redactionMs) },
      { figure: '  the first MB after start', measured: `${result.redactionFirstMBps.toFixed(2)} MB/s` },
      { figure: '  consultation notes as written (1 line in 5 names someone)', measured: `${result.redactionNotesMBps.toFixed(2)} MB/s` },
      { figure: '  without the name finder', measured: `${result.redactionWithoutNameFinderMBps.toFixed(2)} MB/s` },
    ],
    notes: [
      `in process; ${warmup} untimed triages first; redaction in 4 kB pieces with the patient's own identifiers, as a feature's request is redacted. The goal's text is identifier-dense: half its lines name the patient or someone else (generated Malay, Chinese and Indian names, ICs, phones, addresses), so no two pieces are alike.`,
      'the goal figure is a second MB after the first, read by a new name finder: the code is compiled, but no sentence is remembered from before. The first MB after start also pays for compiling compromise.',
    ],
  };
}
