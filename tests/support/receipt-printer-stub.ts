import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SerialPort } from 'serialport';
import { requireTool } from './external-tools';

/**
 * Stand-ins for a receipt printer at the far end of a real serial line or TCP connection:
 * they keep every byte they receive and answer DLE EOT status requests as a printer would.
 */
export type PrinterBehaviour = 'ready' | 'paper-out' | 'silent';

/** DLE EOT answers: bits 1 and 4 always set; 0x08 offline; in the offline cause 0x20 paper end; in the roll sensor 0x60 paper end. */
const ANSWERS: Record<Exclude<PrinterBehaviour, 'silent'>, Record<number, number>> = {
  ready: { 1: 0x12, 2: 0x12, 3: 0x12, 4: 0x12 },
  'paper-out': { 1: 0x1a, 2: 0x32, 3: 0x12, 4: 0x72 },
};

export interface PrinterStub {
  received(): Buffer;
  /** Resolves once the bytes so far satisfy `done` (e.g. hold a cut); fails after `ms`. */
  waitFor(done: (bytes: Buffer) => boolean, ms?: number): Promise<Buffer>;
  close(): Promise<void>;
}

class ByteSink {
  private chunks: Buffer[] = [];
  private scanned = 0;
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly behaviour: PrinterBehaviour,
    private readonly reply: (byte: number) => void,
  ) {}

  take(chunk: Buffer): void {
    this.chunks.push(chunk);
    const all = this.received();
    // Answer every status request that has arrived complete since the last look.
    for (; this.scanned + 2 < all.length; this.scanned++) {
      if (all[this.scanned] !== 0x10 || all[this.scanned + 1] !== 0x04) continue;
      const answer = this.behaviour === 'silent' ? undefined : ANSWERS[this.behaviour][all[this.scanned + 2]];
      if (answer !== undefined) this.reply(answer);
    }
    for (const wake of this.waiters) wake();
  }

  received(): Buffer {
    return Buffer.concat(this.chunks);
  }

  waitFor(done: (bytes: Buffer) => boolean, ms = 5000): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`the printer stub did not get what it waited for in ${ms} ms (${this.received().length} bytes)`));
      }, ms);
      const check = (): void => {
        if (!done(this.received())) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(this.received());
      };
      this.waiters.add(check);
      check();
    });
  }
}

/** True once the bytes hold an ESC/POS cut (GS V): the end of a job. */
export function holdsCut(bytes: Buffer, cuts = 1): boolean {
  let found = 0;
  for (let i = bytes.indexOf(Buffer.of(0x1d, 0x56)); i >= 0; i = bytes.indexOf(Buffer.of(0x1d, 0x56), i + 2)) found++;
  return found >= cuts;
}

/** A network printer on 127.0.0.1: `port` is where the hub should print to. */
export async function tcpPrinterStub(behaviour: PrinterBehaviour): Promise<PrinterStub & { port: number; openConnections(): number; connectionsClosed(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let latest: Socket | null = null;
  // One sink for the stub's life, so a test may start waiting before the hub connects.
  const sink = new ByteSink(behaviour, (byte) => latest?.write(Buffer.of(byte)));
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    latest = socket;
    socket.on('data', (chunk) => sink.take(chunk));
    // A printer closes its side when the hub has finished sending.
    socket.on('end', () => socket.end());
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    received: () => sink.received(),
    waitFor: (done, ms) => sink.waitFor(done, ms),
    openConnections: () => sockets.size,
    async connectionsClosed() {
      for (let waited = 0; sockets.size > 0; waited += 20) {
        if (waited > 3000) throw new Error(`${sockets.size} connection(s) to the printer still open`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A virtual serial cable made by socat: the hub prints to `hubEnd`, the stub printer listens on the other end. */
export async function serialPrinterStub(behaviour: PrinterBehaviour): Promise<PrinterStub & { hubEnd: string }> {
  requireTool('socat', 'socat');
  const folder = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-serial-'));
  const hubEnd = path.join(folder, 'hub');
  const printerEnd = path.join(folder, 'printer');
  const socat: ChildProcess = spawn('socat', [`pty,raw,echo=0,link=${hubEnd}`, `pty,raw,echo=0,link=${printerEnd}`], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => socat.once('exit', () => resolve()));
  await waitForFiles([hubEnd, printerEnd], socat);
  const port = new SerialPort({ path: printerEnd, baudRate: 9600, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  const sink = new ByteSink(behaviour, (byte) => port.write(Buffer.of(byte)));
  port.on('data', (chunk: Buffer) => sink.take(chunk));
  return {
    hubEnd,
    received: () => sink.received(),
    waitFor: (done, ms) => sink.waitFor(done, ms),
    async close() {
      if (port.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
      socat.kill();
      await exited;
      await rm(folder, { recursive: true, force: true });
    },
  };
}

async function waitForFiles(files: string[], socat: ChildProcess): Promise<void> {
  for (let waited = 0; ; waited += 25) {
    const present = await Promise.all(files.map((file) => access(file).then(() => true, () => false)));
    if (present.every(Boolean)) return;
    if (socat.exitCode !== null) throw new Error(`socat exited with ${socat.exitCode} before making the serial pair`);
    if (waited > 5000) throw new Error('socat did not make the virtual serial pair within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
