import { describe, expect, it } from 'vitest';
import { displayWindowOptions, mainWindowOptions, secureWebPreferences } from '../../src/main/electron/window-options';

describe('ClinicDesk window options', () => {
  it('isolate and sandbox the page and give it no Node', () => {
    expect(secureWebPreferences('/app/.vite/build/preload.js')).toMatchObject({
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
    });
  });

  it('are what the main window is created with', () => {
    expect(mainWindowOptions('/p.js').webPreferences).toEqual(secureWebPreferences('/p.js'));
  });

  it('put the board full screen on the chosen monitor, frameless, with the chime allowed', () => {
    const bounds = { x: 1366, y: 0, width: 1920, height: 1080 };
    const options = displayWindowOptions('/p.js', bounds);
    expect(options).toMatchObject({ ...bounds, fullscreen: true, frame: false, show: false });
    expect(options.webPreferences).toEqual({ ...secureWebPreferences('/p.js'), autoplayPolicy: 'no-user-gesture-required' });
  });
});
