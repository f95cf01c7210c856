import path from 'node:path';
import { BrowserWindow } from 'electron';
import type { AppLocation } from './app-location';
import { displayRoute, type MonitorInfo } from './display-placement';
import { displayWindowOptions, mainWindowOptions, pageBasics } from './window-options';

/*
 * Each window's security options are written out at its BrowserWindow, not built by a helper,
 * so a scanner (electronegativity) and a reviewer check them where the window is made. The page
 * gets no Node, runs sandboxed and isolated from its preload, and reaches the hub only through
 * the one port the preload hands it.
 */

/** The front-desk window: the renderer from Vite's dev server or from the package. */
export function createMainWindow(location: AppLocation, buildDir: string): BrowserWindow {
  const window = new BrowserWindow({
    ...mainWindowOptions(),
    webPreferences: {
      ...pageBasics(path.join(buildDir, 'preload.js')),
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
      // A middle click must not open links in new windows behind setWindowOpenHandler's back.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  if (location.devServerUrl) void window.loadURL(location.devServerUrl);
  else void window.loadFile(location.indexFile);
  return window;
}

/** The waiting-room board, full screen on another monitor; it shows the board and nothing else. */
export function createDisplayWindow(location: AppLocation, buildDir: string, monitor: MonitorInfo, pairingCode: string): BrowserWindow {
  const window = new BrowserWindow({
    ...displayWindowOptions(monitor.bounds),
    webPreferences: {
      ...pageBasics(path.join(buildDir, 'preload.js')),
      // Nobody touches a wall TV: the call chime plays without a click.
      autoplayPolicy: 'no-user-gesture-required',
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
    },
  });
  window.once('ready-to-show', () => window.showInactive());
  const hash = displayRoute(pairingCode);
  if (location.devServerUrl) void window.loadURL(`${location.devServerUrl}#${hash}`);
  else void window.loadFile(location.indexFile, { hash });
  return window;
}
