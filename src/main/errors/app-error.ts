import type { ErrorCode, ErrorDetails } from '../../shared/errors';

/** A failure the user can be told about: a code from src/shared/errors plus details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: ErrorDetails = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}
