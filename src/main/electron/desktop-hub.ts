import path from 'node:path';
import { runAsSystem } from '../api/core/run-as-system';
import { createMessagePortApiServer, type MessagePortApiServer } from '../api/message-port-server';
import { Hub } from '../hub/hub';
import { startHubServer, type HubServer } from '../hub/http-server';
import { Logger } from '../hub/logger';
import { OsKeychain } from '../store/keychain';
import type { DesktopConfig } from './config';

export interface DesktopHub {
  api: MessagePortApiServer;
  logger: Logger;
  /** The waiting-room display's pairing code, or null before the clinic is set up. */
  displayPairingCode(): Promise<string | null>;
  close(): Promise<void>;
}

/**
 * The hub inside the desktop app: the same Hub as `npm run hub`, served to our windows
 * over IPC, and over HTTP on 127.0.0.1 only when queue displays on this PC need it.
 */
export async function startDesktopHub(config: DesktopConfig): Promise<DesktopHub> {
  const logger = await Logger.open(path.join(config.dataDir, 'logs'));
  let hub: Hub | undefined;
  let display: HubServer | null = null;
  try {
    hub = await Hub.start({ dataDir: config.dataDir, keychain: new OsKeychain(config.keychainService), logger });
    if (config.displayServer) display = await startHubServer(hub, { ...config.displayServer, logger });
  } catch (error) {
    await hub?.close();
    await logger.close();
    throw error;
  }
  const api = createMessagePortApiServer({ hub, logger });
  logger.info('desktop.started', { displayServer: display?.url ?? null });
  return {
    api,
    logger,
    async displayPairingCode() {
      const open = hub.open();
      if (!open) return null;
      const settings = await runAsSystem(open, (uow) => open.services.clinic.get(uow), hub.now());
      return settings.display.pairingCode;
    },
    async close() {
      api.close();
      await display?.close();
      await hub.close();
      logger.info('desktop.stopped');
      await logger.close();
    },
  };
}
