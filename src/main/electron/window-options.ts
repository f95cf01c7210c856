import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The parts of ClinicDesk's windows that are not about security, kept free of the electron
 * runtime. Each window's security options are written out where it is made (windows.ts), so
 * electronegativity — and a reviewer — sees them there; tests/electron/window-options.test.ts
 * checks what each window is made with.
 */

/** The page's preload, which hands it one port to the hub and nothing else (src/preload). */
export function pageBasics(preload: string): WebPreferences {
  return { preload, spellcheck: false };
}

export function mainWindowOptions(): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    title: 'ClinicDesk',
    // Shown once the first paint is ready, so staff never see a blank white frame.
    show: false,
  };
}

/** The waiting-room board on a second monitor: full screen on that monitor, no frame or menu. */
export function displayWindowOptions(bounds: { x: number; y: number; width: number; height: number }): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    title: 'ClinicDesk — waiting room',
    show: false,
    frame: false,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#000000',
  };
}
