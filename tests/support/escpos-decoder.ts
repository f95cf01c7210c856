/**
 * Reads ESC/POS bytes back the way a printer would, for tests: the text lines with their
 * size and alignment, raster images (GS v 0), the QR codes stored with GS ( k, cuts, and status requests. Written from
 * the Epson ESC/POS command reference, independently of src/main/documents/escpos.ts; any
 * command it does not know fails the test rather than being skipped.
 */
export interface PrintedLine {
  text: string;
  /** Character magnification (GS !): 1 normal, 2 double, 4 quadruple. */
  magnify: number;
  bold: boolean;
  align: 'left' | 'center' | 'right';
}

export interface PrintedQr {
  payload: string;
  moduleDots: number;
  errorCorrection: 'L' | 'M' | 'Q' | 'H';
  printed: boolean;
}

/** A GS v 0 raster image as the printer would print it. */
export interface PrintedImage {
  /** In dots: the bytes across × 8. */
  width: number;
  height: number;
  /** One byte per dot, row by row from the top: 1 black, 0 white. */
  bits: Uint8Array;
  align: 'left' | 'center' | 'right';
  /** GS v 0's m: 0 normal, 1 double width, 2 double height, 3 both. */
  scale: number;
  /** How many text lines of the job were printed before it: where it falls among them. */
  afterLine: number;
}

export interface PrintedJob {
  lines: PrintedLine[];
  images: PrintedImage[];
  qrCodes: PrintedQr[];
  cut: boolean;
  /** ESC p pulses sent to the cash drawer's port. */
  drawerPulses: number;
}

export interface DecodedEscPos {
  /** One per ESC @ (initialise): a copy. */
  jobs: PrintedJob[];
  /** The `n` of each DLE EOT n real-time status request, in order. */
  statusRequests: number[];
}

const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const LF = 0x0a;
const ALIGN = ['left', 'center', 'right'] as const;
const ERROR_CORRECTION = { 0x30: 'L', 0x31: 'M', 0x32: 'Q', 0x33: 'H' } as const;
/** ESC commands with one parameter byte: t (code page), a (align), E (bold), d (feed lines), ! (print mode), - (underline), M (font), 3 (line spacing). */
const ESC_ONE_BYTE = new Set([0x74, 0x61, 0x45, 0x64, 0x21, 0x2d, 0x4d, 0x33]);
/** GS V modes followed by a feed amount. */
const CUT_WITH_FEED = new Set([65, 66, 97, 98, 103, 104]);

export function decodeEscPos(bytes: Uint8Array): DecodedEscPos {
  const result: DecodedEscPos = { jobs: [], statusRequests: [] };
  let job: PrintedJob | null = null;
  let line = '';
  let magnify = 1;
  let bold = false;
  let align: PrintedLine['align'] = 'left';
  let pendingQr: PrintedQr = { payload: '', moduleDots: 3, errorCorrection: 'L', printed: false };
  const current = (): PrintedJob => {
    if (!job) throw new Error('printing before ESC @ (initialise)');
    return job;
  };
  const byteAt = (index: number): number => {
    if (index >= bytes.length) throw new Error(`command cut short at byte ${index}`);
    return bytes[index];
  };

  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i];
    if (byte === ESC) {
      const command = byteAt(i + 1);
      if (command === 0x40) {
        job = { lines: [], images: [], qrCodes: [], cut: false, drawerPulses: 0 };
        result.jobs.push(job);
        [magnify, bold, align] = [1, false, 'left'];
        i += 2;
      } else if (command === 0x70) {
        // ESC p m t1 t2: a pulse on drawer pin m, t1 × 2 ms on and t2 × 2 ms off.
        if (!job) throw new Error('drawer pulse before ESC @ (initialise)');
        byteAt(i + 4);
        job.drawerPulses += 1;
        i += 5;
      } else if (ESC_ONE_BYTE.has(command)) {
        const n = byteAt(i + 2);
        if (command === 0x61) align = ALIGN[n % 48] ?? 'left';
        if (command === 0x45) bold = (n & 1) === 1;
        i += 3;
      } else throw new Error(`unknown command ESC 0x${command.toString(16)} at byte ${i}`);
    } else if (byte === GS) {
      const command = byteAt(i + 1);
      if (command === 0x21) {
        const n = byteAt(i + 2);
        magnify = (n & 0x07) + 1;
        if (((n >> 4) & 0x07) + 1 !== magnify) throw new Error('unequal width and height magnification');
        i += 3;
      } else if (command === 0x56) {
        current().cut = true;
        i += CUT_WITH_FEED.has(byteAt(i + 2)) ? 4 : 3;
      } else if (command === 0x28 && byteAt(i + 2) === 0x6b) {
        const length = byteAt(i + 3) + byteAt(i + 4) * 256;
        const body = bytes.subarray(i + 5, i + 5 + length);
        if (body.length !== length) throw new Error('GS ( k cut short');
        pendingQr = qrFunction(body, pendingQr, current());
        i += 5 + length;
      } else if (command === 0x76 && byteAt(i + 2) === 0x30) {
        // GS v 0 m xL xH yL yH d1…dk: k = (xL + xH × 256) × (yL + yH × 256) bytes, each row left to right, the most significant bit leftmost.
        if (line) throw new Error(`GS v 0 after text "${line}" with no line feed: the printer takes an image only at the start of a line`);
        const scale = byteAt(i + 3);
        if (scale % 48 > 3 || (scale > 3 && scale < 48)) throw new Error(`GS v 0 with mode ${scale}`);
        const bytesAcross = byteAt(i + 4) + byteAt(i + 5) * 256;
        const height = byteAt(i + 6) + byteAt(i + 7) * 256;
        if (bytesAcross === 0 || height === 0) throw new Error('GS v 0 with no dots: the printer discards it');
        const data = bytes.subarray(i + 8, i + 8 + bytesAcross * height);
        if (data.length !== bytesAcross * height) throw new Error('GS v 0 cut short');
        const bits = new Uint8Array(bytesAcross * 8 * height);
        data.forEach((value, index) => {
          for (let bit = 0; bit < 8; bit++) bits[index * 8 + bit] = (value >> (7 - bit)) & 1;
        });
        current().images.push({ width: bytesAcross * 8, height, bits, align, scale: scale % 48, afterLine: current().lines.length });
        i += 8 + data.length;
      } else throw new Error(`unknown command GS 0x${command.toString(16)} at byte ${i}`);
    } else if (byte === DLE && byteAt(i + 1) === 0x04) {
      result.statusRequests.push(byteAt(i + 2));
      i += 3;
    } else if (byte === LF) {
      current().lines.push({ text: line, magnify, bold, align });
      line = '';
      i += 1;
    } else if (byte >= 0x20 && byte <= 0x7e) {
      current();
      line += String.fromCharCode(byte);
      i += 1;
    } else throw new Error(`unexpected byte 0x${byte.toString(16)} at ${i}`);
  }
  if (line) throw new Error(`text "${line}" never ended with a line feed: the printer would not print it yet`);
  return result;
}

/** GS ( k with cn = 49 (QR code): fn 65 model, 67 size, 69 error correction, 80 store, 81 print. */
function qrFunction(body: Uint8Array, qr: PrintedQr, job: PrintedJob): PrintedQr {
  const [cn, fn] = body;
  if (cn !== 0x31) throw new Error(`GS ( k for symbol ${cn}, not a QR code`);
  switch (fn) {
    case 0x41:
      return qr;
    case 0x43:
      return { ...qr, moduleDots: body[2] };
    case 0x45:
      return { ...qr, errorCorrection: ERROR_CORRECTION[body[2] as keyof typeof ERROR_CORRECTION] };
    case 0x50:
      return { ...qr, payload: new TextDecoder().decode(body.subarray(3)) };
    case 0x51:
      job.qrCodes.push({ ...qr, printed: true });
      return qr;
    default:
      throw new Error(`unknown QR function ${fn}`);
  }
}

/** The smallest box holding every black dot of an image, in dots (right and bottom included), or null when it is blank. */
export function inkBox(image: PrintedImage): { left: number; right: number; top: number; bottom: number } | null {
  let box: { left: number; right: number; top: number; bottom: number } | null = null;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (!image.bits[y * image.width + x]) continue;
      box = box ? { left: Math.min(box.left, x), right: Math.max(box.right, x), top: Math.min(box.top, y), bottom: Math.max(box.bottom, y) } : { left: x, right: x, top: y, bottom: y };
    }
  }
  return box;
}

/** An image as text, "#" for a black dot and "." for white, for a failure message a person can look at. */
export function imageArt(image: PrintedImage): string {
  const rows: string[] = [];
  for (let y = 0; y < image.height; y++) rows.push(Array.from(image.bits.subarray(y * image.width, (y + 1) * image.width), (bit) => (bit ? '#' : '.')).join(''));
  return rows.join('\n');
}

/** The job's text, one string per printed line, trimmed. */
export function textOf(job: PrintedJob): string[] {
  return job.lines.map((l) => l.text.trim()).filter(Boolean);
}
