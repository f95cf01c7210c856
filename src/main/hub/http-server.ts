import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import { WebSocketServer } from 'ws';
import { logApiError } from '../api/api-error-log';
import type { HubApi } from '../api/core/context';
import { createApiContext } from '../api/create-context';
import { appRouter } from '../api/router';
import { isOwnHost, isOwnOrigin, machineNames, type HubSite } from './allowed-hosts';
import type { Logger } from '../log/logger';
import { answerWithStatus, rawAnswerWithStatus } from './security-headers';
import { serveScreens } from './static-files';
import type { HubCertificate } from './tls-certificate';

export const API_PATH = '/api';

export interface HubServerOptions {
  host: string;
  port: number;
  rendererDir: string;
  logger: Logger;
  /** LAN mode's certificate: HTTPS and WSS on the same port. Plain HTTP without it. */
  tls?: HubCertificate | null;
}

export interface HubServer {
  url: string;
  /** SHA-256 fingerprint of the certificate served, or null for plain HTTP. */
  fingerprint: string | null;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the API (tRPC over WebSocket at /api) on one port.
 * Only requests addressed to the hub by one of its own names are answered (a rebound DNS
 * name is not one), and the API takes connections only from the hub's own pages, so a web
 * page elsewhere cannot reach it through the user's browser. No request, however malformed,
 * gets further than its own answer: every failure ends in a status, never in the process.
 */
export async function startHubServer(hub: HubApi, options: HubServerOptions): Promise<HubServer> {
  const tls = options.tls ?? null;
  let port = options.port;
  // Asked on each request: the PC's addresses change when it joins another network.
  const site = (): HubSite => ({ scheme: tls ? 'https' : 'http', port, names: machineNames(options.host) });

  const onRequest = (request: http.IncomingMessage, response: http.ServerResponse): void => {
    const failed = (error: unknown): void => {
      options.logger.error('http.requestFailed', error);
      if (!response.headersSent) answerWithStatus(response, 500);
      else response.destroy();
    };
    try {
      const refusal = refusalOf(request, site());
      if (refusal) answerWithStatus(response, refusal);
      else serveScreens(options.rendererDir, request, response).catch(failed);
    } catch (error) {
      failed(error);
    }
  };
  // A request without Host reaches onRequest too, and is refused there with the security headers.
  const serverOptions = { requireHostHeader: false };
  const server = tls ? https.createServer({ ...serverOptions, key: tls.key, cert: tls.cert }, onRequest) : http.createServer(serverOptions, onRequest);
  server.on('checkExpectation', (_request: http.IncomingMessage, response: http.ServerResponse) => answerWithStatus(response, 417));

  const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 });
  const handler = applyWSSHandler({
    wss,
    router: appRouter,
    createContext: ({ info, req }) => createApiContext(hub, info.connectionParams, req.socket.remoteAddress ?? 'unknown', tls?.fingerprint),
    keepAlive: { enabled: true, pingMs: 30_000, pongWaitMs: 5_000 },
    onError: ({ error, path: procedure }) => logApiError(options.logger, error, procedure, 'ws'),
  });

  server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    try {
      const refusal = refusalOf(request, site()) ?? (new URL(request.url ?? '/', 'http://hub').pathname === API_PATH ? null : 403);
      if (refusal) {
        endWith(socket, refusal);
        return;
      }
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
    } catch (error) {
      options.logger.error('http.upgradeFailed', error);
      if (socket.writable) endWith(socket, 400);
      else socket.destroy();
    }
  });

  // Requests the HTTP parser cannot read (bad request line, broken or huge headers).
  const answering = new WeakSet<Duplex>();
  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    answering.add(request.socket);
    response.on('close', () => answering.delete(request.socket));
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // Mid-answer, a second status line would corrupt the first answer: just close.
    if (!socket.writable || answering.has(socket) || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    endWith(socket, error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  port = (server.address() as AddressInfo).port;
  const host = options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  return {
    url: `${tls ? 'https' : 'http'}://${host}:${port}`,
    fingerprint: tls?.fingerprint ?? null,
    async close() {
      handler.broadcastReconnectNotification();
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** 421 for a request addressed to a name that is not the hub's, 403 for one sent by another site's page. */
function refusalOf(request: http.IncomingMessage, site: HubSite): 421 | 403 | null {
  if (!isOwnHost(request.headers.host, site)) return 421;
  if (!isOwnOrigin(request.headers.origin, site)) return 403;
  return null;
}

/** Answers on a socket the HTTP server no longer manages, then closes it once the answer is out. */
function endWith(socket: Duplex, status: number): void {
  socket.end(rawAnswerWithStatus(status), () => socket.destroy());
}
