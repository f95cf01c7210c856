import { EventEmitter, on } from 'node:events';
import type { ChangedEntity } from '../../../shared/changed-entities';

/** Everything live screens can subscribe to. Payloads carry no patient data. */
export interface HubEventMap {
  /** After a commit: which kinds of record changed, so screens refetch them. */
  changed: { entities: ChangedEntity[] };
  /** The store was replaced (restore) or opened (set-up, recovery): every screen starts over. */
  reset: { reason: 'opened' | 'restored' };
}

export class HubEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Every open window and display holds one listener per subscription.
    this.emitter.setMaxListeners(200);
  }

  emit<K extends keyof HubEventMap>(event: K, payload: HubEventMap[K]): void {
    this.emitter.emit(event, payload);
  }

  onEvent<K extends keyof HubEventMap>(event: K, listener: (payload: HubEventMap[K]) => void): () => void {
    this.emitter.on(event, listener);
    return () => this.emitter.off(event, listener);
  }

  /** The events as an async stream, ending when the signal aborts (a subscription closes). */
  async *stream<K extends keyof HubEventMap>(event: K, signal: AbortSignal | undefined): AsyncGenerator<HubEventMap[K]> {
    try {
      for await (const [payload] of on(this.emitter, event, { signal })) yield payload as HubEventMap[K];
    } catch (error) {
      if (!(error instanceof Error && error.name === 'AbortError')) throw error;
    }
  }

  close(): void {
    this.emitter.removeAllListeners();
  }
}
