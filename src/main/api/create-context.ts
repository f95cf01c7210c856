import type { ApiContext, HubApi } from './core/context';

/**
 * The context of one API connection, whatever carries it (WebSocket or Electron IPC):
 * the sign-in token comes from tRPC's connectionParams, and anything else there is ignored.
 */
export function createApiContext(hub: HubApi, connectionParams: Record<string, string | undefined> | null | undefined, peer: string, tlsFingerprint?: string): ApiContext {
  const token = connectionParams?.token;
  return { hub, connection: { token: typeof token === 'string' ? token : null, peer, ...(tlsFingerprint ? { tlsFingerprint } : {}) } };
}
