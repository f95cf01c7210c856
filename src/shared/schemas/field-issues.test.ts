import { describe, expect, it } from 'vitest';
import { initialiseInputSchema } from './setup';
import { registerPatientInputSchema } from './patients';
import { fieldIssuesOf } from './field-issues';

function issuesFor(schema: typeof registerPatientInputSchema | typeof initialiseInputSchema, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected the input to be refused');
  return fieldIssuesOf(parsed.error);
}

describe('field issues of a refused input', () => {
  it('gives a too-long name its maximum, a blank one "required", and a list its count', () => {
    const issues = issuesFor(registerPatientInputSchema, {
      fullName: 'A'.repeat(5000),
      identityType: 'passport',
      identityNo: '',
      phones: ['0123456789', '0123456789', '0123456789', '0123456789', '0123456789', '0123456789'],
      nationality: 'Bangladesh',
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'fullName', kind: 'tooLong', limit: 120 },
        { path: 'identityNo', kind: 'required', limit: null },
        { path: 'phones', kind: 'tooMany', limit: 5 },
        { path: 'nationality', kind: 'format', limit: null },
      ]),
    );
  });

  it('names nested fields by their whole path, once each', () => {
    const issues = issuesFor(initialiseInputSchema, { clinic: {}, admin: { username: 'x', displayName: '', password: 'short' } });
    const paths = issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['admin.username', 'admin.displayName', 'admin.password', 'clinic.name']));
    expect(new Set(paths).size).toBe(paths.length);
    expect(issues.find((issue) => issue.path === 'admin.password')).toEqual({ path: 'admin.password', kind: 'tooShort', limit: 10 });
  });
});
