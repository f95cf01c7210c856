import { hubConfigFromEnv } from '../hub/config';

export interface DesktopConfig {
  dataDir: string;
  keychainService: string;
  /** The HTTP/WebSocket server for queue displays on this PC; null unless asked for. */
  displayServer: { host: string; port: number; rendererDir: string } | null;
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
  return {
    dataDir: env.CLINICDESK_DATA_DIR ? hub.dataDir : userDataDir,
    keychainService: hub.keychainService,
    displayServer: env.CLINICDESK_DISPLAY_SERVER === '1' ? { host: '127.0.0.1', port: hub.port, rendererDir } : null,
    displayWindow: env.CLINICDESK_DISPLAY_WINDOW === '1',
  };
}
