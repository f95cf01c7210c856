import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../tests/support/clinic-for-tests';
import { refusalOf, setUpClinic, signIn, startTestHub, userWithRoles } from '../../../tests/support/test-hub';
import { DEFAULT_ROLE_PERMISSIONS, ROLE_KEYS, type RoleKey } from '../../shared/permissions';
import { callByPath, procedures } from '../../../tests/support/router-procedures';

/**
 * One test per (procedure, role) pair, generated from the router itself and the default
 * permission table: a role without the permission is refused before the input is even read.
 */
const PUBLIC_PROCEDURES = [
  'setup.status',
  // The same status, again when the store opens: a window at the recovery step moves on by itself.
  'setup.statusChanges',
  'setup.initialise',
  'setup.recover',
  'setup.findBackups',
  'setup.restoreOnNewPc',
  'auth.login',
  'auth.session',
  // An admin who forgot the password gets back in with the clinic's recovery code (the store
  // key itself); it is throttled by source and resets admins only.
  'auth.resetAdminWithRecoveryCode',
  // The waiting-room TV has no user to sign in; it needs the pairing code from clinic settings
  // and receives the board (ticket numbers and rooms) only.
  'display.board',
];

describe('every procedure declares who may call it', () => {
  it.each(procedures.map((p) => [p.path, p] as const))('%s has an access rule', (_path, procedure) => {
    expect(procedure.meta?.access.kind).toMatch(/^(public|signed-in|permission)$/);
  });

  it('only the set-up, sign-in and paired-display procedures are public', () => {
    expect(procedures.filter((p) => p.meta?.access.kind === 'public').map((p) => p.path).sort()).toEqual([...PUBLIC_PROCEDURES].sort());
  });
});

describe('permission table, procedure by role', () => {
  const callers = new Map<RoleKey, object>();
  const clinic = clinicForTests(async () => {
    const testHub = await startTestHub();
    const { admin } = await setUpClinic(testHub);
    callers.set('admin', admin.caller);
    for (const role of ROLE_KEYS.filter((r) => r !== 'admin')) {
      callers.set(role, (await userWithRoles(testHub, admin.caller, `user.${role}`, [role])).caller);
    }
    return { testHub };
  });

  const pairs = procedures.flatMap((procedure) => {
    const access = procedure.meta?.access;
    return access?.kind === 'permission' ? ROLE_KEYS.map((role) => [procedure.path, role, access.permission] as const) : [];
  });

  it.each(pairs)('%s as %s', async (path, role, permission) => {
    const allowed = DEFAULT_ROLE_PERMISSIONS[role].includes(permission);
    // Deliberately malformed input: an allowed role gets past the permission check and is
    // stopped by validation (or runs a harmless read); a forbidden role never gets that far.
    const refusal = await refusalOf(callByPath(callers.get(role) ?? {}, path, { malformed: true }));
    if (allowed) expect(refusal).not.toBe('FORBIDDEN');
    else expect(refusal).toBe('FORBIDDEN');
  });

  const signedIn = procedures.filter((p) => p.meta?.access.kind !== 'public');
  it.each(signedIn.map((p) => [p.path]))('%s refuses a caller who is not signed in', async (path) => {
    expect(await refusalOf(callByPath(clinic.testHub.caller(null), path, { malformed: true }))).toBe('NOT_SIGNED_IN');
  });

  it('a role change takes effect on the next call, without signing in again', async () => {
    const farah = callers.get('receptionist') ?? {};
    expect(await refusalOf(callByPath(farah, 'audit.verify', undefined))).toBe('FORBIDDEN');
    const { caller: admin } = await signIn(clinic.testHub, 'aminah', 'Sejahtera2026!');
    await admin.roles.updatePermissions({ role: 'receptionist', permissions: [...DEFAULT_ROLE_PERMISSIONS.receptionist, 'audit.view'] });
    expect(await refusalOf(callByPath(farah, 'audit.verify', undefined))).toBeNull();
  });
});
