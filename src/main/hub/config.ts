import os from 'node:os';
import path from 'node:path';

export interface HubConfig {
  host: string;
  port: number;
  dataDir: string;
  rendererDir: string;
  keychainService: string;
  /** Serve HTTPS and WSS with the hub's own certificate (LAN mode), instead of plain HTTP. */
  tls: boolean;
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
    host: env.CLINICDESK_HOST ?? '127.0.0.1',
    port,
    dataDir: path.resolve(env.CLINICDESK_DATA_DIR ?? defaultDataDir()),
    rendererDir: path.resolve(env.CLINICDESK_RENDERER_DIR ?? path.join(process.cwd(), 'dist', 'renderer')),
    keychainService: env.CLINICDESK_KEYCHAIN_SERVICE ?? 'ClinicDesk',
    tls: tls === 'on',
  };
}
