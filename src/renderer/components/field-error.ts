import { invalidFields } from '../api/app-error';

/** Rejected field paths from a hub error, or from a list the screen worked out itself. */
function rejectedPaths(source: unknown): string[] {
  return Array.isArray(source) ? source.filter((item): item is string => typeof item === 'string') : invalidFields(source);
}

/** Whether `field` (or something inside it) was rejected, for a TextField's `error` prop. */
export function fieldRejected(source: unknown, field: string): boolean {
  return rejectedPaths(source).some((path) => path === field || path.startsWith(`${field}.`));
}
