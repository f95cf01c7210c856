import path from 'node:path';
import { app, dialog, session } from 'electron';
import { appLocation } from './app-location';
import { desktopConfig } from './config';
import { startDesktopHub, type DesktopHub } from './desktop-hub';
import { serveApiOverIpc } from './ipc';
import { confineWebContents, secureSession } from './security';
import { createMainWindow } from './windows';

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
  let running: DesktopHub;
  try {
    secureSession(session.defaultSession);
    running = await startDesktopHub(desktopConfig(app.getPath('userData'), path.dirname(location.indexFile)));
  } catch (error) {
    fail(error);
    return;
  }
  const stopIpc = serveApiOverIpc(running.api, location, running.logger);
  let window = createMainWindow(location, buildDir);

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

function fail(error: unknown): void {
  dialog.showErrorBox('ClinicDesk could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
