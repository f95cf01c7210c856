import path from 'node:path';
import { app, dialog, screen, session, type BrowserWindow } from 'electron';
import { keepServingOnEscapedErrors } from '../hub/last-resort';
import { appLocation } from './app-location';
import { desktopConfig } from './config';
import { startDesktopHub, type DesktopHub } from './desktop-hub';
import { serveApiOverIpc } from './ipc';
import { confineWebContents, secureSession } from './security';
import { externalMonitor } from './display-placement';
import { createDisplayWindow, createMainWindow } from './windows';

/**
 * The desktop app's entry. One instance per user: the hub owns the encrypted store, and
 * two processes must never open it at once.
 */
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Vite bundles this file to .vite/build/main.js; the preload and the renderer sit beside it.
  const buildDir = __dirname;
  const location = appLocation(buildDir, MAIN_WINDOW_VITE_DEV_SERVER_URL, MAIN_WINDOW_VITE_NAME);
  app.enableSandbox();
  confineWebContents(app, location);
  app.whenReady().then(
    () => start(buildDir, location),
    (error: unknown) => fail(error),
  );
}

async function start(buildDir: string, location: ReturnType<typeof appLocation>): Promise<void> {
  const config = desktopConfig(app.getPath('userData'), path.dirname(location.indexFile));
  let running: DesktopHub;
  try {
    secureSession(session.defaultSession, location);
    running = await startDesktopHub(config);
  } catch (error) {
    fail(error);
    return;
  }
  keepServingOnEscapedErrors(running.logger);
  const stopIpc = serveApiOverIpc(running.api, location, running.logger);
  let window = createMainWindow(location, buildDir);
  if (config.displayWindow) {
    const board = watchForDisplayMonitor(running, location, buildDir);
    // The board is not a reason to keep the app (and its store) running on its own.
    window.on('closed', () => board.close());
  }

  app.on('second-instance', () => {
    if (window.isDestroyed()) window = createMainWindow(location, buildDir);
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  // The whole app quits with its last window, on macOS too: the hub holds the store open
  // and a clinic PC should not keep it open with nothing on screen.
  app.on('window-all-closed', () => app.quit());
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    stopIpc();
    void running.close().finally(() => app.quit());
  });
}

/** Keeps the waiting-room board on a second monitor: now, and whenever one is plugged in. */
function watchForDisplayMonitor(running: DesktopHub, location: ReturnType<typeof appLocation>, buildDir: string): { close(): void } {
  let board: BrowserWindow | null = null;
  const place = async (): Promise<void> => {
    if (board && !board.isDestroyed()) return;
    const monitor = externalMonitor(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
    const pairingCode = await running.displayPairingCode();
    if (!monitor || !pairingCode) return;
    board = createDisplayWindow(location, buildDir, monitor, pairingCode);
  };
  const placeAndLog = () => void place().catch((error: unknown) => running.logger.error('desktop.displayWindow', error));
  placeAndLog();
  screen.on('display-added', placeAndLog);
  return {
    close() {
      screen.off('display-added', placeAndLog);
      if (board && !board.isDestroyed()) board.close();
    },
  };
}

function fail(error: unknown): void {
  dialog.showErrorBox('ClinicDesk could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
