import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../main/api/router';
import { IPC_SOCKET_URL } from '../../shared/message-port-protocol';
import { IpcWebSocket, type ClinicDeskBridge } from '../../shared/message-port-websocket';
import { ReconnectSchedule } from './reconnect-schedule';
import { readToken } from './token';

declare global {
  interface Window {
    /** Present only inside the desktop app: the preload's request for an IPC link. */
    clinicdesk?: ClinicDeskBridge;
  }
}

function hubUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/api`;
}

/** This window's link to the hub: up, or down and when it is next tried. */
export const reconnectSchedule = new ReconnectSchedule();

export const wsClient = createWSClient({
  // In the desktop app the same tRPC protocol runs over a MessagePort (Electron IPC);
  // in a browser on the hub, over a WebSocket.
  url: () => (window.clinicdesk ? IPC_SOCKET_URL : hubUrl()),
  WebSocket: window.clinicdesk ? IpcWebSocket : undefined,
  // Sent on every (re)connect so a dropped connection picks its session up again.
  connectionParams: () => {
    const token = readToken();
    return token ? { token } : {};
  },
  // Forever, with back-off: a TV on the wall has nobody to press reload when the hub comes back.
  retryDelayMs: reconnectSchedule.delayBefore,
  onOpen: () => reconnectSchedule.opened(),
  onClose: () => reconnectSchedule.lost(),
  // A Wi-Fi drop can leave a socket that looks open; a ping without an answer closes it.
  // The IPC link inside the desktop app cannot drop that way.
  keepAlive: { enabled: !window.clinicdesk, intervalMs: 10_000, pongTimeoutMs: 5_000 },
});

export const trpcClient = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] });

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function createQueryClient(onAppError: (error: unknown) => void): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 10_000 },
      mutations: { onError: onAppError },
    },
  });
  client.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') onAppError(event.action.error);
  });
  return client;
}
