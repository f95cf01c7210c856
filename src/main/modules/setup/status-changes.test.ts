import { afterEach, describe, expect, it } from 'vitest';
import { setUpClinic, startTestHub, type TestHub } from '../../../../tests/support/test-hub';
import { StoreLocation } from '../../hub/store-location';

let testHub: TestHub | null = null;
afterEach(async () => {
  await testHub?.close();
  testHub = null;
});

describe('setup.statusChanges', () => {
  it('tells a window waiting for the recovery code that another one typed it', async () => {
    testHub = await startTestHub();
    const { recoveryCode } = await setUpClinic(testHub);
    await testHub.keychain.delete(new StoreLocation(testHub.dataDir).keychainAccount);
    await testHub.restart();

    const changes = (await testHub.caller().setup.statusChanges())[Symbol.asyncIterator]();
    try {
      expect((await changes.next()).value).toMatchObject({ state: 'needs-recovery', recoveryReason: 'key-missing' });
      const next = changes.next();
      await testHub.caller(null, '127.0.0.1').setup.recover({ recoveryCode });
      expect((await next).value).toMatchObject({ state: 'open', clinicName: 'Klinik Sejahtera' });
    } finally {
      await changes.return?.(undefined);
    }
  });
});
