import type { App, Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { isOwnAppUrl, type AppLocation } from './app-location';
import { mayUseMicrophone } from './microphone-permission';

/**
 * The session's rules for every page: our Content-Security-Policy on every response
 * (also file:// ones, which carry no headers of their own), and no browser permission
 * (camera, notifications, geolocation …) until a screen truly needs one.
 */
export function secureSession(session: Session, location: AppLocation): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // The one exception: the doctor's scribe records the consultation (after the patient's consent,
  // between Start and Stop), so our own window may open the microphone: sound only, never the camera.
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const media = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(mayUseMicrophone(location, { permission, url: details.requestingUrl, isMainFrame: details.isMainFrame, media }));
  });
  session.setPermissionCheckHandler((contents, permission, _origin, details) =>
    mayUseMicrophone(location, { permission, url: details.requestingUrl ?? contents?.getURL(), isMainFrame: details.isMainFrame, media: details.mediaType ? [details.mediaType] : [] }),
  );
}

/**
 * Every web contents, including ones not created by us, stays on our own pages: no
 * navigation away, no new windows, no <webview>. Nothing opens in the OS browser either:
 * no screen links out yet, and an allow-list belongs with the first one that does.
 */
export function confineWebContents(app: App, location: AppLocation): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (!isOwnAppUrl(event.url, location)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isOwnAppUrl(event.url, location)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

