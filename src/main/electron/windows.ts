import path from 'node:path';
import { BrowserWindow } from 'electron';
import type { AppLocation } from './app-location';
import { displayRoute, type MonitorInfo } from './display-placement';
import { displayWindowOptions, mainWindowOptions } from './window-options';

/** The front-desk window: the renderer from Vite's dev server or from the package. */
export function createMainWindow(location: AppLocation, buildDir: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(path.join(buildDir, 'preload.js')));
  window.once('ready-to-show', () => window.show());
  if (location.devServerUrl) void window.loadURL(location.devServerUrl);
  else void window.loadFile(location.indexFile);
  return window;
}

/** The waiting-room board, full screen on another monitor; it shows the board and nothing else. */
export function createDisplayWindow(location: AppLocation, buildDir: string, monitor: MonitorInfo, pairingCode: string): BrowserWindow {
  const window = new BrowserWindow(displayWindowOptions(path.join(buildDir, 'preload.js'), monitor.bounds));
  window.once('ready-to-show', () => window.showInactive());
  const hash = displayRoute(pairingCode);
  if (location.devServerUrl) void window.loadURL(`${location.devServerUrl}#${hash}`);
  else void window.loadFile(location.indexFile, { hash });
  return window;
}
