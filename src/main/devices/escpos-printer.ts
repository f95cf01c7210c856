import type { PrinterFailureReason } from '../../shared/schemas/printer';
import { printerUnavailable, withTimeout, type ByteLink } from './byte-link';
import type { Printer } from './printer';

/** DLE EOT n: real-time status, answered by the printer at once, even while it is busy or offline. */
const STATUS_PRINTER = Uint8Array.of(0x10, 0x04, 0x01);
const STATUS_OFFLINE_CAUSE = Uint8Array.of(0x10, 0x04, 0x02);

/** Every status byte has bits 1 and 4 set and bits 0 and 7 clear; anything else is not an answer to DLE EOT. */
function isStatusByte(byte: number): boolean {
  return (byte & 0x93) === 0x12;
}

/** DLE EOT 2 answer: why the printer is offline. */
function offlineReason(cause: number): PrinterFailureReason {
  if (cause & 0x20) return 'paper-out';
  if (cause & 0x04) return 'cover-open';
  if (cause & 0x40) return 'printer-error';
  return 'offline';
}

export interface EscPosTimeouts {
  /** Connecting (TCP) or opening the port (serial). */
  connectMs: number;
  /** Waiting for the answer to a status request. */
  statusMs: number;
  /** Sending one job's bytes. */
  writeMs: number;
}

/**
 * An ESC/POS receipt printer behind any byte link. The link is opened on the first print and
 * kept for the next ones (copies, a batch of labels) until close().
 */
export class EscPosPrinter implements Printer {
  private link: ByteLink | null = null;
  private closing: Promise<void> = Promise.resolve();
  private readonly answers: number[] = [];
  private waiting: (() => void) | null = null;

  constructor(
    private readonly openLink: () => Promise<ByteLink>,
    private readonly options: { checkStatus: boolean; timeouts: EscPosTimeouts },
  ) {}

  async print(bytes: Uint8Array): Promise<void> {
    try {
      const link = await this.connected();
      if (this.options.checkStatus) await this.checkReady(link);
      await withTimeout(link.write(bytes), this.options.timeouts.writeMs, () => void this.close());
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    const link = this.link;
    this.link = null;
    if (link) this.closing = link.close();
    await this.closing;
  }

  private async connected(): Promise<ByteLink> {
    if (this.link) return this.link;
    const opening = this.openLink();
    // A port that opens after we gave up on it is closed as soon as it does.
    const link = await withTimeout(opening, this.options.timeouts.connectMs, () => void opening.then((late) => late.close(), () => undefined));
    link.onData((chunk) => {
      this.answers.push(...chunk);
      this.waiting?.();
    });
    this.link = link;
    return link;
  }

  /** Paper out, cover open or switched off: say so now, rather than lose the ticket. */
  private async checkReady(link: ByteLink): Promise<void> {
    const status = await this.ask(link, STATUS_PRINTER);
    if (!isStatusByte(status) || !(status & 0x08)) return;
    throw printerUnavailable(offlineReason(await this.ask(link, STATUS_OFFLINE_CAUSE)));
  }

  private async ask(link: ByteLink, request: Uint8Array): Promise<number> {
    this.answers.length = 0;
    await link.write(request);
    const answered = new Promise<number>((resolve) => {
      const check = (): void => {
        const byte = this.answers.shift();
        if (byte === undefined) return;
        this.waiting = null;
        resolve(byte);
      };
      this.waiting = check;
      check();
    });
    return withTimeout(answered, this.options.timeouts.statusMs, () => {
      this.waiting = null;
    });
  }
}
