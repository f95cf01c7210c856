import path from 'node:path';
import { appRouter } from '../api/router';
import type { PasswordHasher } from '../security/password-hasher';
import { OsKeychain, type Keychain } from '../store/keychain';
import { checkKeychainKeepsSecrets } from '../store/keychain-check';
import { machineNames } from './allowed-hosts';
import type { HubConfig, ServerConfig } from './config';
import { Hub } from './hub';
import { startHubServer, type HubServer } from './http-server';
import { Logger } from '../log/logger';
import { hubCertificate } from './tls-certificate';

export interface RunningHub {
  hub: Hub;
  router: typeof appRouter;
  /** Null when the configuration asked for no server. */
  server: HubServer | null;
  logger: Logger;
  close(): Promise<void>;
}

/** What tests replace: a keychain service of their own, their own logger, a clock they move, a hasher they count. */
export interface HubOverrides {
  keychain?: Keychain;
  logger?: Logger;
  clock?: () => Date;
  hasher?: PasswordHasher;
  backupCheckIntervalMs?: number;
}

/**
 * The composition root: the keychain, the store's life cycle with every module of
 * src/main/modules assembled on it, the API, and the HTTP/WebSocket server when asked for.
 * The headless `npm run hub`, the desktop app and the tests all start here.
 */
export async function createHub(config: HubConfig, overrides: HubOverrides = {}): Promise<RunningHub> {
  const logger = overrides.logger ?? (await Logger.open(path.join(config.dataDir, 'logs')));
  // A logger passed in belongs to the caller, who closes it.
  const closeLogger = () => (overrides.logger ? Promise.resolve() : logger.close());
  const keychain = overrides.keychain ?? new OsKeychain(config.keychainService);
  let hub: Hub | undefined;
  let server: HubServer | null = null;
  try {
    await checkKeychainKeepsSecrets(keychain);
    hub = await Hub.start({ dataDir: config.dataDir, keychain, logger, clock: overrides.clock, hasher: overrides.hasher, backupCheckIntervalMs: overrides.backupCheckIntervalMs });
    if (config.server) server = await serve(hub, config.dataDir, config.server, logger);
  } catch (error) {
    await hub?.close();
    await closeLogger();
    throw error;
  }
  const running = hub;
  logger.info('hub.started', { port: server ? Number(new URL(server.url).port) : null });
  return {
    hub: running,
    router: appRouter,
    server,
    logger,
    async close() {
      await server?.close();
      await running.close();
      logger.info('hub.stopped');
      await closeLogger();
    },
  };
}

async function serve(hub: Hub, dataDir: string, config: ServerConfig, logger: Logger): Promise<HubServer> {
  const tls = config.tls ? await hubCertificate({ dir: path.join(dataDir, 'tls'), names: machineNames(config.host), now: new Date() }) : null;
  if (tls) logger.info('tls.certificate', { fingerprint: tls.certificate.fingerprint, made: tls.made });
  return startHubServer(hub, { host: config.host, port: config.port, rendererDir: config.rendererDir, logger, tls: tls?.certificate });
}
