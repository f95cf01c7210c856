import { STATUS_CODES, type ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';

/**
 * Browser features the screens never use are switched off, so a script that got in anyway
 * could not reach them. Kept on for our own pages only: autoplay (the TV's chime), fullscreen
 * (the TV board), camera (the patient photo's `capture` input on a tablet) and microphone
 * (the doctor's scribe, after the patient's consent). Speech synthesis, the call-out, is not a
 * policy-controlled feature.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=(self)',
  'camera=(self)',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=(self)',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'magnetometer=()',
  'microphone=(self)',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/**
 * Sent with every answer the hub gives, refusals included: a browser applies what it gets,
 * and an error page is a page too. The cross-origin headers keep our pages in a process
 * of their own and our files out of other sites' pages; the screens load nothing from
 * elsewhere, so requiring CORP of what they embed costs nothing.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': PERMISSIONS_POLICY,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'x-frame-options': 'DENY',
};

function securityHeaderLines(): string {
  return Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
}

/** A short answer: a status, its reason (or `body`) as text, and the security headers. */
export function answerWithStatus(response: ServerResponse, status: number, headers: Record<string, string> = {}, body = STATUS_CODES[status] ?? 'Error'): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), ...headers });
  response.end(body);
}

/** The same answer written straight to a socket the HTTP server no longer manages (refused upgrades, unparsable requests). */
export function rawAnswerWithStatus(status: number): string {
  const body = STATUS_CODES[status] ?? 'Error';
  const head = `HTTP/1.1 ${status} ${body}\r\nconnection: close\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n`;
  return `${head}${securityHeaderLines()}\r\n${body}`;
}
