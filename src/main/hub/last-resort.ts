import type { Logger } from '../log/logger';

/**
 * The last line of defence: an error that escaped every handler is logged and the hub keeps
 * serving. Node would otherwise end the process, and with it every screen and TV in the
 * clinic; the store's writes are transactions, so a half-done request leaves nothing half
 * written. Logged by event name and the error's name and frames only (Logger.error), never
 * its message, which may quote a value. Returns a function that removes the handlers.
 */
export function keepServingOnEscapedErrors(logger: Pick<Logger, 'error'>, target: NodeJS.EventEmitter = process): () => void {
  const record = (event: string) => (error: unknown) => {
    try {
      logger.error(event, error);
    } catch {
      // A failing log (disk full) must not turn into the very exit this handler prevents.
    }
  };
  const onException = record('process.uncaughtException');
  const onRejection = record('process.unhandledRejection');
  target.on('uncaughtException', onException);
  target.on('unhandledRejection', onRejection);
  return () => {
    target.off('uncaughtException', onException);
    target.off('unhandledRejection', onRejection);
  };
}
