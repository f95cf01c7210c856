import type { z } from 'zod';
import type { FieldIssue, FieldIssueKind } from '../errors';

type ZodIssue = z.core.$ZodIssue;

const LENGTH_ORIGINS = new Set(['string']);
const COUNT_ORIGINS = new Set(['array', 'set', 'map']);

function kindOf(issue: ZodIssue): { kind: FieldIssueKind; limit: number | null } {
  switch (issue.code) {
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (LENGTH_ORIGINS.has(issue.origin)) return { kind: 'tooLong', limit };
      if (COUNT_ORIGINS.has(issue.origin)) return { kind: 'tooMany', limit };
      return { kind: 'tooHigh', limit };
    }
    case 'too_small': {
      const limit = Number(issue.minimum);
      // A minimum of one character or one entry is how the schemas say "required".
      if (LENGTH_ORIGINS.has(issue.origin)) return limit <= 1 ? { kind: 'required', limit: null } : { kind: 'tooShort', limit };
      if (COUNT_ORIGINS.has(issue.origin)) return limit <= 1 ? { kind: 'required', limit: null } : { kind: 'tooFew', limit };
      return { kind: 'tooLow', limit };
    }
    case 'invalid_format':
    case 'custom':
      return { kind: 'format', limit: null };
    case 'invalid_value':
      return { kind: 'choice', limit: null };
    default:
      return { kind: 'invalid', limit: null };
  }
}

/**
 * What a failed parse says about each field, in the words the renderer needs: which field, what
 * kind of problem, and the limit it broke. One issue per field (the first zod found), so a name
 * that is both too long and has a tab is reported once.
 */
export function fieldIssuesOf(error: { issues: readonly ZodIssue[] }): FieldIssue[] {
  const byPath = new Map<string, FieldIssue>();
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(input)';
    if (!byPath.has(path)) byPath.set(path, { path, ...kindOf(issue) });
  }
  return [...byPath.values()];
}
