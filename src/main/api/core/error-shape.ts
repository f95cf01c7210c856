import type { TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { AppErrorShape, ErrorCode } from '../../../shared/errors';
import { fieldIssuesOf } from '../../../shared/schemas/field-issues';
import { AppError } from '../../errors/app-error';

const TRPC_CODE: Partial<Record<ErrorCode, TRPC_ERROR_CODE_KEY>> = {
  VALIDATION_FAILED: 'BAD_REQUEST',
  NOT_SIGNED_IN: 'UNAUTHORIZED',
  SESSION_LOCKED: 'UNAUTHORIZED',
  LOGIN_FAILED: 'UNAUTHORIZED',
  UNLOCK_FAILED: 'UNAUTHORIZED',
  SIGN_IN_TOO_MANY_TRIES: 'TOO_MANY_REQUESTS',
  PASSWORD_CHANGE_REQUIRED: 'FORBIDDEN',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  USERNAME_TAKEN: 'CONFLICT',
  CONFLICT: 'CONFLICT',
  PATIENT_DUPLICATE_IDENTITY: 'CONFLICT',
  PATIENT_POSSIBLE_DUPLICATE: 'CONFLICT',
  IDENTITY_LOOKS_LIKE_MYKAD: 'CONFLICT',
  QUEUE_WRONG_STATE: 'CONFLICT',
  ROOM_CODE_TAKEN: 'CONFLICT',
  MEDICINE_CODE_TAKEN: 'CONFLICT',
  MEDICINE_BARCODE_TAKEN: 'CONFLICT',
  VISIT_ALREADY_OPEN: 'CONFLICT',
  VISIT_CLOSED: 'CONFLICT',
  NOTE_EMPTY: 'BAD_REQUEST',
  PRESCRIPTION_FLAGGED: 'BAD_REQUEST',
  PRESCRIPTION_QUANTITY_NEEDED: 'BAD_REQUEST',
  PRESCRIPTION_EMPTY: 'BAD_REQUEST',
  INSUFFICIENT_STOCK: 'CONFLICT',
  BATCH_EXPIRED: 'CONFLICT',
  BATCH_ALREADY_EXPIRED: 'BAD_REQUEST',
  QUANTITY_NOT_WHOLE: 'BAD_REQUEST',
  STOCK_BELOW_ZERO: 'CONFLICT',
  BATCH_NOT_FOUND: 'NOT_FOUND',
  REGISTER_ADDRESS_REQUIRED: 'BAD_REQUEST',
  REGISTER_ENTRY_NOT_FOUND: 'NOT_FOUND',
  REGISTER_CANCEL_REASON_REQUIRED: 'BAD_REQUEST',
  MEDICINE_RETIRED: 'CONFLICT',
  DIAGNOSIS_CODE_UNKNOWN: 'BAD_REQUEST',
  NOTE_NOT_SIGNED: 'CONFLICT',
  AMENDMENT_UNCHANGED: 'BAD_REQUEST',
  CHART_ENTRY_CLOSED: 'CONFLICT',
  DOCUMENT_CANCELLED: 'CONFLICT',
  MC_DATES_INVALID: 'BAD_REQUEST',
  DOCTOR_REGISTRATION_MISSING: 'FORBIDDEN',
  PRESCRIPTION_NOT_ISSUED: 'CONFLICT',
  CONTROLLED_HANDOVER_REFUSED: 'FORBIDDEN',
  PRESCRIPTION_REQUIRED: 'BAD_REQUEST',
  BUYER_ADDRESS_REQUIRED: 'BAD_REQUEST',
  DISPENSE_MORE_THAN_OWED: 'BAD_REQUEST',
  DISPENSING_FINDINGS_UNSEEN: 'BAD_REQUEST',
  BATCH_REASON_REQUIRED: 'BAD_REQUEST',
  DISPENSING_REVERSED: 'CONFLICT',
  DISPLAY_CODE_WRONG: 'UNAUTHORIZED',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
  KEYCHAIN_UNAVAILABLE: 'INTERNAL_SERVER_ERROR',
};

/** Turns whatever a procedure threw into the `{ code, details }` every client can explain. */
export function toAppErrorShape(error: TRPCError): AppErrorShape {
  const cause = error.cause;
  if (cause instanceof AppError) return { code: cause.code, details: cause.details };
  if (cause instanceof ZodError) {
    const issues = fieldIssuesOf(cause);
    return { code: 'VALIDATION_FAILED', details: { fields: [...new Set(issues.map((issue) => issue.path))], issues } };
  }
  // tRPC's own refusals: an unknown procedure, or a request it could not parse.
  if (error.code === 'NOT_FOUND') return { code: 'NOT_FOUND', details: { entity: 'procedure' } };
  if (error.code === 'BAD_REQUEST' || error.code === 'PARSE_ERROR') return { code: 'VALIDATION_FAILED', details: { fields: ['(input)'], issues: [{ path: '(input)', kind: 'invalid', limit: null }] } };
  return { code: 'INTERNAL', details: {} };
}

export function trpcCodeFor(code: ErrorCode): TRPC_ERROR_CODE_KEY {
  return TRPC_CODE[code] ?? 'BAD_REQUEST';
}
