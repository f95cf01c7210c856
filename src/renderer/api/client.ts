import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../main/api/router';
import { readToken } from './token';

/** What the Electron preload offers: a socket carried over a MessagePort instead of TCP. */
export interface ClinicDeskBridge {
  createSocket(): WebSocket;
}

declare global {
  interface Window {
    clinicdesk?: ClinicDeskBridge;
  }
}

function hubUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/api`;
}

function bridgeSocketClass(bridge: ClinicDeskBridge): typeof WebSocket {
  // A constructor that returns another object hands that object to `new`; the cast is
  // needed because the bridge socket is WebSocket-like, not the DOM class itself.
  return class {
    constructor() {
      return bridge.createSocket();
    }
  } as unknown as typeof WebSocket;
}

export const wsClient = createWSClient({
  url: () => (window.clinicdesk ? 'ws://clinicdesk.bridge/api' : hubUrl()),
  WebSocket: window.clinicdesk ? bridgeSocketClass(window.clinicdesk) : undefined,
  // Sent on every (re)connect so a dropped connection picks its session up again.
  connectionParams: () => {
    const token = readToken();
    return token ? { token } : {};
  },
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
