import { SCRIBE_CHUNK_SECONDS, SCRIBE_SAMPLE_RATE } from '../../../shared/schemas/scribe';

const PART_BYTES = SCRIBE_SAMPLE_RATE * 2 * SCRIBE_CHUNK_SECONDS;
/** A part may run a little over 15 s (the hub takes up to 20): better than a sliver of a part after it. */
const PART_MAX_BYTES = SCRIBE_SAMPLE_RATE * 2 * (SCRIBE_CHUNK_SECONDS + 4);

/**
 * The microphone's samples (floats at the sound card's rate, often 48 kHz) turned into what the
 * scribe stores: 16 kHz mono 16-bit little-endian PCM. Blocks arrive a few thousand samples at a
 * time; the fraction of an output sample left over at the end of a block is carried to the next,
 * so the parts sent every 15 seconds join without a click or a drift.
 */
export class PcmEncoder {
  private pending: Float32Array = new Float32Array(0);
  /** Input samples dropped from the front of `pending`, and output samples made, since the start. */
  private dropped = 0;
  private produced = 0;
  private readonly bytes: Uint8Array[] = [];
  private byteCount = 0;

  constructor(
    private readonly inputRate: number,
    private readonly outputRate: number = SCRIBE_SAMPLE_RATE,
  ) {
    if (!Number.isInteger(inputRate) || !Number.isInteger(outputRate) || inputRate <= 0 || outputRate <= 0) throw new RangeError(`sample rates must be whole and positive (${inputRate}, ${outputRate})`);
  }

  /** Adds a block of mono samples in [-1, 1] (louder ones are clipped). */
  push(samples: Float32Array): void {
    const joined = new Float32Array(this.pending.length + samples.length);
    joined.set(this.pending);
    joined.set(samples, this.pending.length);
    const out: number[] = [];
    // Output sample n covers input samples [edge(n), edge(n + 1)), counted from the very start in
    // whole numbers, so how the blocks fall never changes a sample. Each is the mean of what it
    // covers: a box filter, enough to keep the hiss above 8 kHz out of speech from 48 kHz.
    for (;;) {
      const first = this.edge(this.produced) - this.dropped;
      const last = Math.max(first + 1, this.edge(this.produced + 1) - this.dropped);
      if (last > joined.length) break;
      let sum = 0;
      for (let i = first; i < last; i += 1) sum += joined[i];
      out.push(sum / (last - first));
      this.produced += 1;
    }
    const keep = Math.min(joined.length, this.edge(this.produced) - this.dropped);
    this.pending = joined.slice(keep);
    this.dropped += keep;
    if (out.length > 0) this.append(int16Bytes(out));
  }

  private edge(output: number): number {
    return Math.floor((output * this.inputRate) / this.outputRate);
  }

  /** Seconds of 16 kHz audio waiting to be taken. */
  get seconds(): number {
    return this.byteCount / 2 / SCRIBE_SAMPLE_RATE;
  }

  /** Everything encoded since the last take, as one part to send (empty when nothing was). */
  take(): Uint8Array {
    const part = new Uint8Array(this.byteCount);
    let offset = 0;
    for (const block of this.bytes) {
      part.set(block, offset);
      offset += block.length;
    }
    this.bytes.length = 0;
    this.byteCount = 0;
    return part;
  }

  private append(block: Uint8Array): void {
    this.bytes.push(block);
    this.byteCount += block.length;
  }
}

/** Floats in [-1, 1] as 16-bit little-endian integers, clipped. */
export function int16Bytes(samples: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(samples.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < samples.length; i += 1) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    view.setInt16(i * 2, Math.round(s < 0 ? s * 0x8000 : s * 0x7fff), true);
  }
  return bytes;
}

/** What was heard, as parts to send: one, or 15 s each when more piled up (a window in the background has its timers slowed). */
export function partsOf(heard: Uint8Array): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (let offset = 0; offset < heard.length; ) {
    const size = heard.length - offset <= PART_MAX_BYTES ? heard.length - offset : PART_BYTES;
    parts.push(heard.subarray(offset, offset + size));
    offset += size;
  }
  return parts;
}

/** Bytes as base64, in slices so a 15-second part (480 kB) does not overflow the call stack. */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  const slice = 0x8000;
  for (let i = 0; i < bytes.length; i += slice) binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  return btoa(binary);
}
