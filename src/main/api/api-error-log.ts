import type { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { AppError } from '../errors/app-error';
import type { Logger } from '../log/logger';
import { toAppErrorShape } from './core/error-shape';

/** How a call reached the API: WebSocket (browsers, TVs) or Electron IPC (the desktop window). */
export type ApiTransport = 'ws' | 'ipc';

/**
 * What an API error is. A refusal is an answer the API gives on purpose — not signed in, wrong
 * password, no such record, invalid input, an unknown procedure, a malformed WebSocket frame —
 * and says nothing about the hub's health. A fault is anything else: a bug or a broken store.
 */
export type ApiErrorKind = { kind: 'refusal'; code: string } | { kind: 'fault'; cause: unknown };

/** The errors the `ws` library raises for a malformed frame carry one of its own codes. */
const FRAME_ERROR_CODE = /^WS_ERR_[A-Z0-9_]+$/;

export function classifyApiError(error: TRPCError): ApiErrorKind {
  const code = toAppErrorShape(error).code;
  if (code !== 'INTERNAL') return { kind: 'refusal', code };
  const cause = error.cause;
  if (cause && 'code' in cause && typeof cause.code === 'string' && FRAME_ERROR_CODE.test(cause.code)) return { kind: 'refusal', code: cause.code };
  return { kind: 'fault', cause: cause ?? error };
}

/**
 * The `onError` of both API transports. Refusals are counted (one `api.refusals` line a minute
 * at most), never written one by one: a caller can make thousands a second. Faults are
 * `api.internalError` lines at error level, with stack frames.
 */
export function logApiError(logger: Logger, error: TRPCError, path: string | undefined, transport: ApiTransport): void {
  const decided = classifyApiError(error);
  // Only a procedure that ran can raise an AppError or a ZodError; otherwise the path is whatever the caller sent.
  const ran = error.cause instanceof AppError || error.cause instanceof ZodError || decided.kind === 'fault';
  const procedure = ran && path && PROCEDURE_NAME.test(path) ? path : null;
  if (decided.kind === 'refusal') logger.tally('api.refusals', { code: decided.code, procedure, transport });
  else logger.error('api.internalError', decided.cause, { procedure, transport });
}

const PROCEDURE_NAME = /^[A-Za-z][A-Za-z0-9.]{0,99}$/;
