import { ipcMain, MessageChannelMain, type IpcMainEvent } from 'electron';
import { IPC_CONNECT, IPC_PORT } from '../../shared/message-port-protocol';
import type { MessagePortApiServer } from '../api/message-port-server';
import type { Logger } from '../log/logger';
import { isOwnAppUrl, type AppLocation } from './app-location';

/**
 * Answers a page's request for an API link with one end of a new MessageChannel. Only the
 * main frame of one of our own pages gets one: anything else (a frame, a page that
 * somehow navigated elsewhere) is ignored and logged. Returns the unregistration.
 */
export function serveApiOverIpc(api: MessagePortApiServer, location: AppLocation, logger: Logger): () => void {
  const onConnect = (event: IpcMainEvent): void => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isOwnAppUrl(frame.url, location)) {
      logger.warn('ipc.connectRefused');
      return;
    }
    const { port1, port2 } = new MessageChannelMain();
    api.accept(port1, frame.origin);
    frame.postMessage(IPC_PORT, null, [port2]);
  };
  ipcMain.on(IPC_CONNECT, onConnect);
  return () => ipcMain.removeListener(IPC_CONNECT, onConnect);
}
