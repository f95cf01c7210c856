import { describe, expect, it, vi } from 'vitest';
import { displayWindowOptions, mainWindowOptions } from '../../src/main/electron/window-options';

/** What each BrowserWindow was made with: Electron cannot run here, so a stand-in records it. */
const made = vi.hoisted(() => [] as Array<Record<string, unknown>>);

vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) {
      made.push(options);
    }
    once(): void {}
    loadURL(): Promise<void> {
      return Promise.resolve();
    }
    loadFile(): Promise<void> {
      return Promise.resolve();
    }
  },
}));

const { createDisplayWindow, createMainWindow } = await import('../../src/main/electron/windows');

/** Every ClinicDesk page: no Node, sandboxed, isolated from the preload, reaching the hub only through the preload's port. */
const SECURE = {
  preload: '/app/.vite/build/preload.js',
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  disableBlinkFeatures: 'Auxclick',
  spellcheck: false,
};

const location = { devServerUrl: null, indexFile: '/app/.vite/renderer/main_window/index.html' };

describe('ClinicDesk windows', () => {
  it('make the main window isolated and sandboxed, with no Node', () => {
    made.length = 0;
    createMainWindow(location, '/app/.vite/build');
    expect(made).toEqual([{ ...mainWindowOptions(), webPreferences: SECURE }]);
  });

  it('put the board full screen on the chosen monitor, frameless, with the chime allowed, as isolated as the main window', () => {
    made.length = 0;
    const bounds = { x: 1366, y: 0, width: 1920, height: 1080 };
    createDisplayWindow(location, '/app/.vite/build', { id: 2, bounds }, 'TV2026');
    expect(made).toEqual([{ ...displayWindowOptions(bounds), webPreferences: { ...SECURE, autoplayPolicy: 'no-user-gesture-required' } }]);
    expect(made[0]).toMatchObject({ ...bounds, fullscreen: true, frame: false, show: false });
  });
});
