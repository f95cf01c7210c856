import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import { WebSocketServer } from 'ws';
import { logApiError } from '../api/api-error-log';
import type { HubApi } from '../api/context';
import { createApiContext } from '../api/create-context';
import { appRouter } from '../api/router';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import type { Logger } from './logger';

export const API_PATH = '/api';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

export interface HubServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the API (tRPC over WebSocket at /api) on one port.
 * Browsers may connect only from the hub's own pages: the Origin is checked on upgrade,
 * so a web page elsewhere cannot reach the API through the user's browser.
 */
export async function startHubServer(hub: HubApi, options: { host: string; port: number; rendererDir: string; logger: Logger }): Promise<HubServer> {
  const server = http.createServer((request, response) => {
    void serveStatic(options.rendererDir, request, response);
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 });
  const handler = applyWSSHandler({
    wss,
    router: appRouter,
    createContext: ({ info, req }) => createApiContext(hub, info.connectionParams, req.socket.remoteAddress ?? 'unknown'),
    keepAlive: { enabled: true, pingMs: 30_000, pongWaitMs: 5_000 },
    onError: ({ error, path: procedure }) => logApiError(options.logger, error, procedure, 'ws'),
  });

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://hub');
    if (url.pathname !== API_PATH || !isOwnOrigin(request)) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address() as AddressInfo;
  const host = options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  return {
    url: `http://${host}:${address.port}`,
    async close() {
      handler.broadcastReconnectNotification();
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Browsers always send Origin; it must be this server. Non-browser clients send none. */
function isOwnOrigin(request: http.IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

async function serveStatic(root: string, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405).end();
    return;
  }
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://hub').pathname);
  const requested = path.resolve(root, `.${pathname}`);
  if (!requested.startsWith(path.resolve(root))) {
    response.writeHead(403).end();
    return;
  }
  // Screens are client-side routes: anything that is not a file gets the app's page.
  const file = (await isFile(requested)) ? requested : path.join(root, 'index.html');
  if (!(await isFile(file))) {
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('ClinicDesk: the screens are not built yet. Run "npm run build".');
    return;
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
