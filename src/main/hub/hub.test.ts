import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, appCode, CLINIC, setUpClinic, startTestHub, type TestHub } from '../../../tests/support/test-hub';
import { KeyRejectedError, openEncryptedFile } from '../store/store-file';
import { StoreLocation } from './store-location';

let testHub: TestHub | null = null;
afterEach(async () => {
  await testHub?.close();
  testHub = null;
});


describe('first-run set-up and the encrypted store', () => {
  it('creates an encrypted store that holds no plaintext of what was stored', async () => {
    testHub = await startTestHub();
    expect((await testHub.caller().setup.status()).state).toBe('needs-setup');
    const { admin } = await setUpClinic(testHub);
    await admin.caller.users.create({ username: 'farah', displayName: 'Farah Binti Ismail', password: 'Reception2026', roles: ['receptionist'] });
    await testHub.hub.close();

    const file = path.join(testHub.dataDir, 'clinicdesk.db');
    const printable = execFileSync('strings', ['-n', '6', file], { encoding: 'utf8' }) + readFileSync(file).toString('latin1');
    for (const secret of ['Farah Binti Ismail', 'Klinik Sejahtera', 'Petaling Jaya', 'SQLite format 3', 'farah']) {
      expect(printable).not.toContain(secret);
    }
    const keyHex = await testHub.keychain.get(new StoreLocation(testHub.dataDir).keychainAccount);
    expect(keyHex).toMatch(/^[0-9a-f]{64}$/);
    expect(() => openEncryptedFile(file, 'ab'.repeat(32))).toThrow(KeyRejectedError);
    // No key at all: plain better-sqlite3 sees noise.
    const Database = (await import('better-sqlite3-multiple-ciphers')).default;
    const plain = new Database(file);
    expect(() => plain.prepare('SELECT * FROM sqlite_master').all()).toThrow(/not a database/);
    plain.close();
    const withKey = openEncryptedFile(file, keyHex ?? '');
    expect(withKey.prepare('SELECT display_name FROM users ORDER BY username').all()).toEqual([
      { display_name: ADMIN.displayName },
      { display_name: 'Farah Binti Ismail' },
    ]);
    withKey.close();
    await testHub.restart();
  });

  it("answers its status with the clinic's time zone once open, following the profile, so screens before sign-in keep the clinic's clock", async () => {
    testHub = await startTestHub();
    expect(await testHub.caller().setup.status()).toMatchObject({ state: 'needs-setup', timeZone: null });
    const { admin } = await setUpClinic(testHub);
    expect(await testHub.caller().setup.status()).toMatchObject({ state: 'open', timeZone: CLINIC.timeZone });
    const { profile } = await admin.caller.settings.all();
    await admin.caller.settings.profile.save({ ...profile, timeZone: 'Asia/Kolkata' });
    expect((await testHub.caller().setup.status()).timeZone).toBe('Asia/Kolkata');
  });

  it('refuses a second set-up and rejects malformed set-up input without writing anything', async () => {
    testHub = await startTestHub();
    const bad = testHub.caller().setup.initialise({ clinic: { ...CLINIC, timeZone: 'Mars/Olympus' }, admin: { ...ADMIN, password: 'short' } });
    await expect(bad).rejects.toSatisfy((error) => appCode(error) === 'VALIDATION_FAILED');
    expect((await testHub.caller().setup.status()).state).toBe('needs-setup');
    await setUpClinic(testHub);
    await expect(testHub.caller().setup.initialise({ clinic: CLINIC, admin: ADMIN })).rejects.toSatisfy(
      (error) => appCode(error) === 'SETUP_ALREADY_DONE',
    );
  });

  it('asks for the recovery code when the keychain has lost the key, and refuses a wrong one', async () => {
    testHub = await startTestHub();
    const { recoveryCode } = await setUpClinic(testHub);
    const account = new StoreLocation(testHub.dataDir).keychainAccount;
    await testHub.keychain.delete(account);
    await testHub.restart();
    expect(await testHub.caller().setup.status()).toMatchObject({ state: 'needs-recovery', recoveryReason: 'key-missing' });
    await expect(testHub.caller().auth.login({ username: ADMIN.username, password: ADMIN.password })).rejects.toSatisfy(
      (error) => appCode(error) === 'STORE_NOT_OPEN',
    );

    const typo = recoveryCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    await expect(testHub.caller().setup.recover({ recoveryCode: typo })).rejects.toSatisfy((error) => appCode(error) === 'RECOVERY_CODE_INVALID');
    const otherClinic = await startTestHub();
    const { recoveryCode: otherCode } = await setUpClinic(otherClinic);
    await otherClinic.close();
    await expect(testHub.caller().setup.recover({ recoveryCode: otherCode })).rejects.toSatisfy((error) => appCode(error) === 'RECOVERY_CODE_WRONG');
    expect((await testHub.caller().setup.status()).state).toBe('needs-recovery');

    await testHub.caller().setup.recover({ recoveryCode: recoveryCode.toLowerCase() });
    expect(await testHub.caller().setup.status()).toMatchObject({ state: 'open', clinicName: CLINIC.name });
    await testHub.restart();
    expect((await testHub.caller().setup.status()).state).toBe('open');
  });

  it('treats a keychain key that does not open the store as needing recovery, never as a new clinic', async () => {
    testHub = await startTestHub();
    await setUpClinic(testHub);
    await testHub.keychain.set(new StoreLocation(testHub.dataDir).keychainAccount, 'cd'.repeat(32));
    await testHub.restart();
    expect(await testHub.caller().setup.status()).toMatchObject({ state: 'needs-recovery', recoveryReason: 'key-wrong' });
    await expect(testHub.caller().setup.initialise({ clinic: CLINIC, admin: ADMIN })).rejects.toSatisfy((error) => appCode(error) === 'SETUP_ALREADY_DONE');
  });
});
