import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CONNECT, IPC_PORT, PORT_WINDOW_MESSAGE } from '../shared/message-port-protocol';
import type { ClinicDeskBridge } from '../shared/message-port-websocket';

/**
 * The page's one link to the hub, and nothing else (no ipcRenderer, no Node).
 *
 * A MessagePort cannot be returned through contextBridge, so a link is made in three steps:
 *   1. the page calls `window.clinicdesk.requestPort()` (src/shared/message-port-websocket.ts
 *      does this for each socket tRPC opens);
 *   2. main checks the page is ours and answers on IPC_PORT with one end of a new channel;
 *   3. this script posts that port to its own window as a PORT_WINDOW_MESSAGE, where the
 *      page takes it (checking the message came from this window).
 * The page's origin is opaque ('null') when it is loaded from file://, and then a port
 * can only be posted with target '*'. It still reaches only this window: will-navigate
 * keeps the window on our own page.
 */
ipcRenderer.on(IPC_PORT, (event) => {
  const origin = window.location.origin;
  window.postMessage(PORT_WINDOW_MESSAGE, origin.startsWith('http') ? origin : '*', event.ports);
});

const bridge: ClinicDeskBridge = {
  requestPort: () => ipcRenderer.send(IPC_CONNECT),
};
contextBridge.exposeInMainWorld('clinicdesk', bridge);
