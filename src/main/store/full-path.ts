import path from 'node:path';
import { AppError } from '../errors/app-error';

/** Refuses a path that is not absolute by this PC's own rules (the shared schema cannot tell `E:\…` on Linux). */
export function assertFullPath(value: string, field: 'folder' | 'file'): void {
  if (!path.isAbsolute(value)) throw new AppError('VALIDATION_FAILED', { fields: [field] });
}
