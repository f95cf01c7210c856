import { isOwnAppUrl, type AppLocation } from './app-location';

/** What a page asks for, as Electron's permission handlers describe it. */
export interface PermissionAsk {
  permission: string;
  /** The requesting frame's URL. */
  url: string | undefined;
  isMainFrame: boolean;
  /** A request's `mediaTypes`, or a check's one `mediaType`. */
  media: readonly string[];
}

/**
 * The one browser permission the app grants: the microphone, for the doctor's scribe, to our own
 * window's top frame, sound only. The camera, screen capture and every other permission stay refused.
 */
export function mayUseMicrophone(location: AppLocation, ask: PermissionAsk): boolean {
  return ask.permission === 'media' && ask.isMainFrame && ask.media.length > 0 && ask.media.every((kind) => kind === 'audio') && ask.url !== undefined && isOwnAppUrl(ask.url, location);
}
