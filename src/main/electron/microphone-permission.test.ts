import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AppLocation } from './app-location';
import { mayUseMicrophone, type PermissionAsk } from './microphone-permission';

const packaged: AppLocation = { devServerUrl: null, indexFile: path.resolve('/opt/ClinicDesk/resources/renderer/main_window/index.html') };
const development: AppLocation = { devServerUrl: 'http://localhost:5173/', indexFile: '/unused/index.html' };
const ownPage = `${pathToFileURL(packaged.indexFile).href}#/consultation?visit=1`;
const microphone: PermissionAsk = { permission: 'media', url: ownPage, isMainFrame: true, media: ['audio'] };

describe('the microphone for the scribe', () => {
  it('is allowed to our own window, sound only', () => {
    expect(mayUseMicrophone(packaged, microphone)).toBe(true);
    expect(mayUseMicrophone(development, { ...microphone, url: 'http://localhost:5173/#/consultation' })).toBe(true);
  });

  it.each<[string, Partial<PermissionAsk>]>([
    ['the camera', { media: ['video'] }],
    ['camera and microphone together', { media: ['audio', 'video'] }],
    ['media of no stated kind', { media: [] }],
    ['a check of an unknown media kind', { media: ['unknown'] }],
    ['another page', { url: 'https://example.com/' }],
    ['another file', { url: pathToFileURL('/tmp/evil.html').href }],
    ['a frame inside the page', { isMainFrame: false }],
    ['a page without a URL', { url: undefined }],
    ['notifications', { permission: 'notifications' }],
    ['screen capture', { permission: 'display-capture' }],
  ])('is refused for %s', (_what, change) => {
    expect(mayUseMicrophone(packaged, { ...microphone, ...change })).toBe(false);
  });
});
