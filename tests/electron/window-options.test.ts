import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from '../../src/main/electron/window-options';

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
});
