import path from 'node:path';
import { appRouter } from '../api/router';
import { OsKeychain, type Keychain } from '../store/keychain';
import { machineNames } from './allowed-hosts';
import type { HubConfig } from './config';
import { Hub } from './hub';
import { startHubServer, type HubServer } from './http-server';
import { Logger } from './logger';
import { hubCertificate } from './tls-certificate';

export interface RunningHub {
  hub: Hub;
  router: typeof appRouter;
  server: HubServer;
  logger: Logger;
  close(): Promise<void>;
}

/**
 * The composition root: the one place where the keychain, the store life cycle, the API
 * and the HTTP/WebSocket server are wired together. Electron's main process and the
 * headless `npm run hub` both start here.
 */
export async function createHub(config: HubConfig, overrides: { keychain?: Keychain; logger?: Logger } = {}): Promise<RunningHub> {
  const logger = overrides.logger ?? (await Logger.open(path.join(config.dataDir, 'logs')));
  // A logger passed in belongs to the caller, who closes it.
  const closeLogger = () => (overrides.logger ? Promise.resolve() : logger.close());
  const keychain = overrides.keychain ?? new OsKeychain(config.keychainService);
  let hub: Hub | undefined;
  let server: HubServer;
  try {
    const tls = config.tls ? await hubCertificate({ dir: path.join(config.dataDir, 'tls'), names: machineNames(config.host), now: new Date() }) : null;
    if (tls) logger.info('tls.certificate', { fingerprint: tls.certificate.fingerprint, made: tls.made });
    hub = await Hub.start({ dataDir: config.dataDir, keychain, logger });
    server = await startHubServer(hub, { host: config.host, port: config.port, rendererDir: config.rendererDir, logger, tls: tls?.certificate });
  } catch (error) {
    await hub?.close();
    await closeLogger();
    throw error;
  }
  logger.info('hub.started', { port: Number(new URL(server.url).port) });
  return {
    hub,
    router: appRouter,
    server,
    logger,
    async close() {
      await server.close();
      await hub.close();
      logger.info('hub.stopped');
      await closeLogger();
    },
  };
}
