import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * Every ClinicDesk window's web preferences, kept free of the electron runtime so a plain
 * Node test can check them. The page gets no Node, runs sandboxed and isolated from the
 * preload, and reaches the hub only through the one port the preload hands it.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
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
    spellcheck: false,
  };
}

export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    title: 'ClinicDesk',
    // Shown once the first paint is ready, so staff never see a blank white frame.
    show: false,
    webPreferences: secureWebPreferences(preload),
  };
}

/**
 * The waiting-room board on a second monitor: full screen on that monitor, no frame or menu,
 * and allowed to play the call chime without a click (nobody touches a wall TV).
 */
export function displayWindowOptions(preload: string, bounds: { x: number; y: number; width: number; height: number }): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    title: 'ClinicDesk — waiting room',
    show: false,
    frame: false,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#000000',
    webPreferences: { ...secureWebPreferences(preload), autoplayPolicy: 'no-user-gesture-required' },
  };
}
