/**
 * The contract between main, preload and renderer for the API's IPC link, named once here.
 *
 * The renderer asks for a link (IPC_CONNECT), main answers with one end of a fresh
 * MessageChannel (IPC_PORT), and the preload hands that port to the page as a window
 * message (PORT_WINDOW_MESSAGE). On the port, a string is one frame of tRPC's own
 * WebSocket protocol; an object is a transport control message (below), so tRPC frames
 * never need wrapping.
 */
export const IPC_CONNECT = 'clinicdesk:connect';
export const IPC_PORT = 'clinicdesk:port';
export const PORT_WINDOW_MESSAGE = 'clinicdesk:port';

/** A URL for tRPC's createWSClient; only its query (`connectionParams=1`) means anything. */
export const IPC_SOCKET_URL = 'ipc://clinicdesk/api';

/**
 * `open` is the client's first message: it carries the URL the client was created with,
 * because tRPC's server reads `connectionParams=1` from the request URL. `close` is sent
 * by whichever side closes, because a browser MessagePort does not reliably tell the
 * other end that it was closed.
 */
export type PortControlMessage = { type: 'open'; url: string } | { type: 'close'; code: number; reason: string };

export function isPortControlMessage(value: unknown): value is PortControlMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  if (value.type === 'open') return 'url' in value && typeof value.url === 'string';
  if (value.type === 'close') return 'code' in value && typeof value.code === 'number' && 'reason' in value && typeof value.reason === 'string';
  return false;
}
