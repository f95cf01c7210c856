import path from 'node:path';
import { BrowserWindow } from 'electron';
import type { AppLocation } from './app-location';
import { mainWindowOptions } from './window-options';

/** The front-desk window: the renderer from Vite's dev server or from the package. */
export function createMainWindow(location: AppLocation, buildDir: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(path.join(buildDir, 'preload.js')));
  window.once('ready-to-show', () => window.show());
  if (location.devServerUrl) void window.loadURL(location.devServerUrl);
  else void window.loadFile(location.indexFile);
  return window;
}
