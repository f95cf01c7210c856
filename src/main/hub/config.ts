import os from 'node:os';
import path from 'node:path';

/** The hub's HTTP/WebSocket server: the screens and the API for browsers, TVs and LAN PCs. */
export interface ServerConfig {
  host: string;
  port: number;
  rendererDir: string;
  /** Serve HTTPS and WSS with the hub's own certificate (LAN mode), instead of plain HTTP. */
  tls: boolean;
}

export interface HubConfig {
  dataDir: string;
  keychainService: string;
  /** Null where nothing but this process's own windows (IPC) or tests talk to the hub. */
  server: ServerConfig | null;
}

/** The OS's per-user app-data folder, as Electron's app.getPath('userData') would give. */
export function defaultDataDir(platform = process.platform, env = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'ClinicDesk');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'ClinicDesk');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'ClinicDesk');
}

/** Every setting the hub reads from its environment; README.md lists them. */
export function hubConfigFromEnv(env = process.env): HubConfig {
  const port = Number(env.CLINICDESK_PORT ?? 4780);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`CLINICDESK_PORT must be a port number, not "${env.CLINICDESK_PORT}"`);
  const tls = env.CLINICDESK_TLS ?? 'off';
  if (tls !== 'on' && tls !== 'off') throw new Error(`CLINICDESK_TLS must be "on" or "off", not "${tls}"`);
  return {
    dataDir: path.resolve(env.CLINICDESK_DATA_DIR ?? defaultDataDir()),
    keychainService: env.CLINICDESK_KEYCHAIN_SERVICE ?? 'ClinicDesk',
    server: {
      host: env.CLINICDESK_HOST ?? '127.0.0.1',
      port,
      rendererDir: path.resolve(env.CLINICDESK_RENDERER_DIR ?? path.join(process.cwd(), 'dist', 'renderer')),
      tls: tls === 'on',
    },
  };
}
