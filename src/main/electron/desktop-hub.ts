import { runAsSystem } from '../api/core/procedures';
import { createMessagePortApiServer, type MessagePortApiServer } from '../api/message-port-server';
import { createHub } from '../hub/create-hub';
import type { Logger } from '../log/logger';
import { displaySettings } from '../modules';
import type { DesktopConfig } from './config';

export interface DesktopHub {
  api: MessagePortApiServer;
  logger: Logger;
  /** The waiting-room display's pairing code, or null before the clinic is set up. */
  displayPairingCode(): Promise<string | null>;
  close(): Promise<void>;
}

/**
 * The hub inside the desktop app: assembled by the same createHub as `npm run hub`, served to
 * our windows over IPC, and over HTTP on 127.0.0.1 only when queue displays on this PC need it.
 */
export async function startDesktopHub(config: DesktopConfig): Promise<DesktopHub> {
  const running = await createHub(config.hub);
  const { hub, logger } = running;
  const api = createMessagePortApiServer({ hub, logger });
  logger.info('desktop.started', { displayServer: running.server?.url ?? null });
  return {
    api,
    logger,
    async displayPairingCode() {
      const open = hub.open();
      if (!open) return null;
      const display = await runAsSystem(open, (uow) => open.settings.get(uow, displaySettings));
      return display.pairingCode;
    },
    async close() {
      api.close();
      logger.info('desktop.stopped');
      await running.close();
    },
  };
}
