import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const CLI = path.join(import.meta.dirname, 'cli.ts');
let dataDir: string | null = null;
afterEach(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = null;
});

describe('npm run hub without a keychain', () => {
  it.runIf(process.platform === 'linux')('refuses to start with one line that says what to install and run, and exits non-zero', () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'clinicdesk-cli-'));
    const started = spawnSync(process.execPath, ['--import', 'tsx', CLI], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(dataDir, 'no-bus')}`, CLINICDESK_DATA_DIR: dataDir, CLINICDESK_PORT: '0' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(started.stdout).not.toContain('ready');
    const lines = started.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ClinicDesk hub could not start: the OS keychain could not be reached: .*; install the Debian packages gnome-keyring and dbus, and run the hub inside a D-Bus session with the keyring unlocked/);
    expect(started.status).toBe(1);
    expect(readdirSync(dataDir)).not.toContain('clinicdesk.db');
  });
});
