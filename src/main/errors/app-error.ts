import type { ErrorCode, ErrorDetails } from '../../shared/errors';

/**
 * A failure the user can be told about: a code from src/shared/errors plus details.
 * `keepWrites` marks the rare failure whose own bookkeeping must still be committed,
 * such as counting a wrong password towards the lockout.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: ErrorDetails = {},
    readonly options: { keepWrites?: boolean } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}
