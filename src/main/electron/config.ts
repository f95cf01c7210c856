import { hubConfigFromEnv, type HubConfig } from '../hub/config';

export interface DesktopConfig {
  /** The hub inside the app; its server, for queue displays on this PC, is null unless asked for. */
  hub: HubConfig;
  /** Open the waiting-room board full screen on a second monitor when one is plugged in. */
  displayWindow: boolean;
}

/**
 * The desktop app's settings: the same environment variables as the headless hub
 * (README.md), with Electron's userData folder as the default data folder. The display
 * server listens on 127.0.0.1 only, whatever CLINICDESK_HOST says: a TV browser on this
 * PC needs no more, and serving the LAN is the headless hub's job.
 */
export function desktopConfig(userDataDir: string, rendererDir: string, env = process.env): DesktopConfig {
  const hub = hubConfigFromEnv(env);
  const port = hub.server?.port ?? 4780;
  return {
    hub: {
      dataDir: env.CLINICDESK_DATA_DIR ? hub.dataDir : userDataDir,
      keychainService: hub.keychainService,
      server: env.CLINICDESK_DISPLAY_SERVER === '1' ? { host: '127.0.0.1', port, rendererDir, tls: false } : null,
    },
    displayWindow: env.CLINICDESK_DISPLAY_WINDOW === '1',
  };
}
