import { describe, expect, it } from 'vitest';
import { appendScribeAudioInputSchema } from '../../../shared/schemas/scribe';
import { base64Of, int16Bytes, partsOf, PcmEncoder } from './pcm-encoder';

const samplesOf = (bytes: Uint8Array): number[] => Array.from({ length: bytes.length / 2 }, (_, i) => new DataView(bytes.buffer, bytes.byteOffset).getInt16(i * 2, true));

/** A sine of `hz` at `rate` for `seconds`, at half volume. */
const tone = (hz: number, rate: number, seconds: number): Float32Array => Float32Array.from({ length: Math.round(rate * seconds) }, (_, i) => 0.5 * Math.sin((2 * Math.PI * hz * i) / rate));

describe('16-bit little-endian samples', () => {
  it.each([
    [0, 0],
    [1, 32767],
    [-1, -32768],
    [0.5, 16384],
    [2, 32767],
    [-3, -32768],
  ])('%d becomes %d', (input, expected) => {
    expect(samplesOf(int16Bytes([input]))).toEqual([expected]);
  });

  it('puts the low byte first', () => {
    expect(Array.from(int16Bytes([1]))).toEqual([0xff, 0x7f]);
  });
});

describe('the microphone to 16 kHz', () => {
  it.each([48_000, 44_100, 16_000, 8_000])('makes 16 000 samples of each second at %d Hz, however the blocks fall', (rate) => {
    const encoder = new PcmEncoder(rate);
    const input = tone(440, rate, 2);
    // Blocks of odd sizes, as a ScriptProcessor or a worklet would hand them over.
    for (let i = 0, size = 127; i < input.length; i += size, size = size === 127 ? 4096 : 127) encoder.push(input.subarray(i, i + size));
    expect(encoder.seconds).toBeCloseTo(2, 3);
    expect(Math.abs(encoder.take().length / 2 - 32_000)).toBeLessThanOrEqual(1);
  });

  it('keeps a tone the same tone (samples equal to encoding it at 16 kHz directly)', () => {
    const encoder = new PcmEncoder(48_000);
    encoder.push(tone(200, 48_000, 0.5));
    const resampled = samplesOf(encoder.take());
    const direct = samplesOf(int16Bytes(tone(200, 16_000, 0.5)));
    // The box filter shifts by one input sample and damps 200 Hz by a hair: within 2 % of full scale.
    const worst = Math.max(...resampled.map((sample, i) => Math.abs(sample - direct[i])));
    expect(worst).toBeLessThan(0.02 * 32_768);
  });

  it('takes the same audio whether sent in one part or in many', () => {
    const input = tone(300, 44_100, 1);
    const whole = new PcmEncoder(44_100);
    whole.push(input);
    const parts = new PcmEncoder(44_100);
    const taken: number[] = [];
    for (let i = 0; i < input.length; i += 1000) {
      parts.push(input.subarray(i, i + 1000));
      if (i % 5000 === 0) taken.push(...samplesOf(parts.take()));
    }
    taken.push(...samplesOf(parts.take()));
    expect(taken).toEqual(samplesOf(whole.take()));
  });

  it('gives nothing to take after a take', () => {
    const encoder = new PcmEncoder(16_000);
    encoder.push(new Float32Array(100));
    expect(encoder.take()).toHaveLength(200);
    expect(encoder.take()).toHaveLength(0);
    expect(encoder.seconds).toBe(0);
  });

  it('refuses a rate that is not a rate', () => {
    expect(() => new PcmEncoder(0)).toThrow(RangeError);
  });
});

describe('base64 of a part', () => {
  it('encodes 15 seconds in one go, as Node does', () => {
    const bytes = Uint8Array.from({ length: 480_000 }, (_, i) => (i * 7919) % 256);
    expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('the parts sent to the hub', () => {
  const seconds = (n: number) => new Uint8Array(Math.round(n * 32_000));
  it.each([
    [0, []],
    [3, [3]],
    [15, [15]],
    [15.1, [15.1]],
    [19, [19]],
    [19.5, [15, 4.5]],
    [34, [15, 19]],
    [60, [15, 15, 15, 15]],
  ])('%d s of sound go as parts of %j s, none lost', (total, expected) => {
    const parts = partsOf(seconds(total));
    expect(parts.map((part) => Math.round(part.length / 3_200) / 10)).toEqual(expected);
    expect(parts.reduce((sum, part) => sum + part.length, 0)).toBe(seconds(total).length);
  });

  it('are each taken by the hub’s schema, even the longest', () => {
    for (const part of partsOf(seconds(19))) expect(appendScribeAudioInputSchema.safeParse({ recordingId: '01890a5d-ac96-774b-bcce-b302099a8057', seq: 0, pcmBase64: base64Of(part) }).success).toBe(true);
  });
});
