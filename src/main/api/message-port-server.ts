import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import { isPortControlMessage } from '../../shared/message-port-protocol';
import type { Logger } from '../log/logger';
import { logApiError } from './api-error-log';
import type { HubApi } from './core/context';
import { createApiContext } from './create-context';
import { MessagePortSocket, type MessagePortLike } from './message-port-socket';
import { appRouter } from './router';

export interface MessagePortApiServer {
  /** Serves the API on this port; `origin` is the page's, as main verified it. */
  accept(port: MessagePortLike, origin: string): void;
  /** Closes every link (the pages' clients see a normal close). */
  close(): void;
}

/**
 * The API over MessagePorts: the same router and the same tRPC WebSocket handler as the
 * HTTP server's, fed by a stand-in for the `ws` server. A link becomes a connection when
 * the page's first message (`open`) says which URL its client used, because that URL
 * tells tRPC whether connectionParams (the sign-in token) come first.
 */
export function createMessagePortApiServer({ hub, logger }: { hub: HubApi; logger: Logger }): MessagePortApiServer {
  const clients = new Set<MessagePortSocket>();
  const wss = Object.assign(new EventEmitter(), { clients });
  applyWSSHandler({
    // applyWSSHandler only listens for 'connection' and reads `clients`, which this stand-in has.
    wss,
    router: appRouter,
    createContext: ({ info }) => createApiContext(hub, info.connectionParams, 'ipc'),
    onError: ({ error, path }) => logApiError(logger, error, path, 'ipc'),
  });

  return {
    accept(port, origin) {
      let socket: MessagePortSocket | null = null;
      port.on('message', ({ data }) => {
        if (socket) {
          if (typeof data === 'string') socket.receive(data);
          else if (isPortControlMessage(data) && data.type === 'close') socket.closed(data.code, data.reason);
          return;
        }
        if (!isPortControlMessage(data) || data.type !== 'open') {
          port.close();
          return;
        }
        const opened = new MessagePortSocket(port);
        socket = opened;
        clients.add(opened);
        opened.once('close', () => clients.delete(opened));
        wss.emit('connection', opened, linkRequest(data.url, origin));
      });
      port.on('close', () => socket?.closed(1006, 'port closed'));
      port.start();
    },
    close() {
      for (const client of clients) client.close(1001, 'hub stopping');
    },
  };
}

/** What tRPC reads of the upgrade request: the URL's query and the host it resolves against. */
function linkRequest(clientUrl: string, origin: string): IncomingMessage {
  let search = '';
  try {
    search = new URL(clientUrl).search;
  } catch {
    // A malformed URL just means no connectionParams.
  }
  // tRPC reads only url and headers from the request; there is no HTTP request behind a port.
  return { url: `/api${search}`, headers: { host: 'ipc', origin } } as unknown as IncomingMessage;
}
