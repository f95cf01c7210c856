import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { ADMIN, USER_PASSWORD, clinicWithReceptionist, refusalOf, signIn, userWithRoles } from '../../../../tests/support/test-hub';

const clinic = clinicForTests(() => clinicWithReceptionist());

/** A failed sign-in from an address of its own, so the sign-in throttle never mixes the tests' tries. */
let failedTries = 0;
function loginRefusal(username: string, password: string) {
  failedTries += 1;
  return refusalOf(clinic.testHub.caller(null, `10.0.8.${failedTries}`).auth.login({ username, password }));
}

describe('staff accounts', () => {
  it('creates a user with roles and a temporary password, under a username nobody else has', async () => {
    const created = await clinic.admin.users.create({ username: 'siti', displayName: 'Siti Nurhaliza', password: 'Temporary123', roles: ['nurse'] });
    expect(created).toMatchObject({ username: 'siti', displayName: 'Siti Nurhaliza', roles: ['nurse'], disabled: false, lastLoginAt: null });
    expect((await clinic.admin.users.list()).find((u) => u.id === created.id)?.roles).toEqual(['nurse']);
    expect((await signIn(clinic.testHub, 'siti', 'Temporary123')).user.mustChangePassword).toBe(true);
    expect(await refusalOf(clinic.admin.users.create({ username: 'siti', displayName: 'Another Siti', password: 'Temporary123', roles: ['doctor'] }))).toBe('USERNAME_TAKEN');
    expect(await refusalOf(clinic.reception.users.create({ username: 'intruder', displayName: 'Intruder', password: 'Temporary123', roles: ['admin'] }))).toBe('FORBIDDEN');
  });

  it('refuses a weak password when creating or resetting, and a new password that is the old one', async () => {
    expect(await refusalOf(clinic.admin.users.create({ username: 'weak', displayName: 'Weak', password: 'short1', roles: ['nurse'] }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.admin.users.create({ username: 'weak', displayName: 'Weak', password: 'onlyletterslong', roles: ['nurse'] }))).toBe('VALIDATION_FAILED');
    const user = await userWithRoles(clinic.testHub, clinic.admin, 'weak', ['nurse']);
    expect(await refusalOf(clinic.admin.users.resetPassword({ id: user.user.id, newPassword: '1234567890' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(user.caller.auth.changePassword({ currentPassword: USER_PASSWORD, newPassword: USER_PASSWORD }))).toBe('PASSWORD_TOO_WEAK');
    expect(await loginRefusal('weak', USER_PASSWORD)).toBeNull();
  });

  it('edits a user’s name and roles, and the new roles decide what they may do', async () => {
    const lee = await userWithRoles(clinic.testHub, clinic.admin, 'lee', ['pharmacist']);
    expect(await refusalOf(lee.caller.patients.register({ fullName: 'Wong Ah Mei', identityType: 'mykad', identityNo: '880808-08-5888' }))).toBe('FORBIDDEN');
    const edited = await clinic.admin.users.update({ id: lee.user.id, displayName: 'Lee Chong Wei', roles: ['pharmacist', 'receptionist'] });
    expect(edited).toMatchObject({ displayName: 'Lee Chong Wei', roles: ['receptionist', 'pharmacist'] });
    expect(await refusalOf(lee.caller.patients.register({ fullName: 'Wong Ah Mei', identityType: 'mykad', identityNo: '880808-08-5888' }))).toBeNull();
  });

  it('disables a user, who can no longer sign in, and enables them again; nobody disables themself', async () => {
    const ravi = await userWithRoles(clinic.testHub, clinic.admin, 'ravi', ['doctor']);
    expect((await clinic.admin.users.setDisabled({ id: ravi.user.id, disabled: true })).disabled).toBe(true);
    expect(await loginRefusal('ravi', USER_PASSWORD)).toBe('ACCOUNT_DISABLED');
    expect((await clinic.admin.users.setDisabled({ id: ravi.user.id, disabled: false })).disabled).toBe(false);
    expect(await loginRefusal('ravi', USER_PASSWORD)).toBeNull();
    const me = (await clinic.admin.users.list()).find((u) => u.username === ADMIN.username);
    expect(await refusalOf(clinic.admin.users.setDisabled({ id: me?.id ?? '', disabled: true }))).toBe('FORBIDDEN');
  });

  it('resets a forgotten password to a temporary one that must be changed at the next sign-in', async () => {
    const nora = await userWithRoles(clinic.testHub, clinic.admin, 'nora', ['finance']);
    await clinic.admin.users.resetPassword({ id: nora.user.id, newPassword: 'Temporary789' });
    expect(await loginRefusal('nora', USER_PASSWORD)).toBe('LOGIN_FAILED');
    expect((await signIn(clinic.testHub, 'nora', 'Temporary789')).user.mustChangePassword).toBe(true);
  });

  it('changes what a role may do for everyone who has it, and counts who has each role', async () => {
    const hq = await userWithRoles(clinic.testHub, clinic.admin, 'hq.tan', ['hq_staff']);
    expect(await refusalOf(hq.caller.users.list())).toBe('FORBIDDEN');
    const before = (await clinic.admin.roles.list()).find((r) => r.key === 'hq_staff');
    const granted = await clinic.admin.roles.updatePermissions({ role: 'hq_staff', permissions: [...(before?.permissions ?? []), 'users.view'] });
    expect(granted).toMatchObject({ key: 'hq_staff', userCount: 1 });
    expect(await refusalOf(hq.caller.users.list())).toBeNull();
    await clinic.admin.roles.updatePermissions({ role: 'hq_staff', permissions: before?.permissions ?? [] });
    expect(await refusalOf(hq.caller.users.list())).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.roles.updatePermissions({ role: 'receptionist', permissions: ['roles.manage'] }))).toBe('FORBIDDEN');
  });
});

describe('the last administrator', () => {
  // A clinic of its own, so these tests know exactly who the admins are.
  const own = clinicForTests(async () => {
    const { testHub, admin } = await clinicWithReceptionist();
    const aminahId = (await admin.users.list()).find((u) => u.username === ADMIN.username)?.id ?? '';
    // A practice manager who may manage users but is not an admin.
    const finance = (await admin.roles.list()).find((r) => r.key === 'finance');
    await admin.roles.updatePermissions({ role: 'finance', permissions: [...(finance?.permissions ?? []), 'users.view', 'users.manage'] });
    const manager = (await userWithRoles(testHub, admin, 'manager', ['finance'])).caller;
    return { testHub, admin, aminahId, manager };
  });

  it('cannot be disabled, demoted, or left without user and role management', async () => {
    expect(await refusalOf(own.manager.users.setDisabled({ id: own.aminahId, disabled: true }))).toBe('LAST_ADMIN');
    expect(await refusalOf(own.admin.users.update({ id: own.aminahId, displayName: 'Dr Aminah', roles: ['doctor'] }))).toBe('LAST_ADMIN');
    expect(await refusalOf(own.admin.roles.updatePermissions({ role: 'admin', permissions: ['users.view', 'roles.manage'] }))).toBe('LAST_ADMIN');
    expect((await own.admin.users.list()).find((u) => u.id === own.aminahId)).toMatchObject({ roles: ['admin'], disabled: false });
    expect((await own.admin.roles.list()).find((r) => r.key === 'admin')?.permissions).toContain('users.manage');
  });

  it('may step down once another active admin exists; a disabled admin does not count', async () => {
    const second = await userWithRoles(own.testHub, own.admin, 'dr.second', ['admin']);
    await own.manager.users.setDisabled({ id: second.user.id, disabled: true });
    expect(await refusalOf(own.admin.users.update({ id: own.aminahId, displayName: 'Dr Aminah', roles: ['doctor'] }))).toBe('LAST_ADMIN');
    await own.manager.users.setDisabled({ id: second.user.id, disabled: false });
    expect(await refusalOf(own.admin.users.update({ id: own.aminahId, displayName: 'Dr Aminah', roles: ['doctor', 'nurse'] }))).toBeNull();
    expect(await refusalOf(own.manager.users.setDisabled({ id: second.user.id, disabled: true }))).toBe('LAST_ADMIN');
  });
});
