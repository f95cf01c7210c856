import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_ROLE_PERMISSIONS } from '../../../shared/permissions';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { signIn, startTestHub, setUpClinic, userWithRoles, USER_PASSWORD } from '../../../../tests/support/test-hub';
import type { AppRouter } from '../../api/router';
import { API_PATH, startHubServer } from '../../hub/http-server';

/** Revoking a user (disable, password reset, sign-out, a role that no longer allows it) ends their live streams at once. */
const clinic = clinicForTests(async () => {
  const testHub = await startTestHub();
  const { admin } = await setUpClinic(testHub);
  const rendererDir = await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-renderer-'));
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>ClinicDesk</title>');
  const server = await startHubServer(testHub.hub, { host: '127.0.0.1', port: 0, rendererDir, logger: testHub.logger });
  const room = await admin.caller.rooms.save({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true, capacity: 1, cleanupMinutes: 0 });
  return { testHub, admin: admin.caller, server, rendererDir, roomId: room.id };
});
// Registered after the clinic's own afterAll, so it runs before the hub closes.
afterAll(async () => {
  await clinic.server.close();
  await rm(clinic.rendererDir, { recursive: true, force: true });
});

let serial = 0;
async function newReceptionist() {
  serial += 1;
  return userWithRoles(clinic.testHub, clinic.admin, `desk.${serial}`, ['receptionist']);
}

/** Something every live screen hears about: a change to the clinic's settings. */
const somethingChanges = () => clinic.admin.settings.security.save({ idleLockMinutes: 5 + (serial % 5) });

describe('revoking a user ends their subscriptions at once', () => {
  it('events.changed ends when the account is disabled', async () => {
    const desk = await newReceptionist();
    const events = (await desk.caller.events.changed())[Symbol.asyncIterator]();
    const next = events.next();
    await clinic.admin.users.setDisabled({ id: desk.user.id, disabled: true });
    await somethingChanges();
    expect(await next).toEqual({ done: true, value: undefined });
  });

  it('queue.board ends when the password is reset', async () => {
    const desk = await newReceptionist();
    const board = (await desk.caller.queue.board())[Symbol.asyncIterator]();
    expect((await board.next()).done).toBe(false);
    const next = board.next();
    await clinic.admin.users.resetPassword({ id: desk.user.id, newPassword: 'Temporary999' });
    await clinic.admin.rooms.save({ id: clinic.roomId, code: '1', name: 'Bilik Satu', kind: 'consultation', ticketPrefix: 'A', active: true, capacity: 1, cleanupMinutes: 0 });
    expect(await next).toEqual({ done: true, value: undefined });
  });

  it('sign-out ends that window’s streams, not those of the same user elsewhere', async () => {
    const desk = await newReceptionist();
    const elsewhere = await signIn(clinic.testHub, desk.user.username, USER_PASSWORD, '192.168.1.10');
    const mine = (await desk.caller.events.changed())[Symbol.asyncIterator]();
    const theirs = (await elsewhere.caller.events.changed())[Symbol.asyncIterator]();
    const [myNext, theirNext] = [mine.next(), theirs.next()];
    await desk.caller.auth.logout();
    await somethingChanges();
    expect(await myNext).toEqual({ done: true, value: undefined });
    expect((await theirNext).done).toBe(false);
    await theirs.return?.(undefined);
  });

  it('queue.board ends once the user’s role no longer allows it', async () => {
    const desk = await newReceptionist();
    const board = (await desk.caller.queue.board())[Symbol.asyncIterator]();
    await board.next();
    const next = board.next();
    const withoutQueue = DEFAULT_ROLE_PERMISSIONS.receptionist.filter((permission) => permission !== 'queue.operate');
    await clinic.admin.roles.updatePermissions({ role: 'receptionist', permissions: withoutQueue });
    try {
      await clinic.admin.rooms.save({ id: clinic.roomId, code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true, capacity: 1, cleanupMinutes: 0 });
      expect(await next).toEqual({ done: true, value: undefined });
    } finally {
      await clinic.admin.roles.updatePermissions({ role: 'receptionist', permissions: [...DEFAULT_ROLE_PERMISSIONS.receptionist] });
    }
  });

  it('over WebSocket, the hub completes a disabled user’s subscription', async () => {
    const desk = await newReceptionist();
    const wsClient = createWSClient({
      url: clinic.server.url.replace('http', 'ws') + API_PATH,
      WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
      connectionParams: () => ({ token: desk.token }),
    });
    try {
      const client = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] });
      let outcome: (what: 'ended' | 'still delivering') => void = () => undefined;
      const settled = new Promise<string>((resolve) => (outcome = resolve));
      await new Promise<void>((started) => {
        client.events.changed.subscribe(undefined, {
          onStarted: () => started(),
          onData: (event) => event.entities.includes('clinic') && outcome('still delivering'),
          onComplete: () => outcome('ended'),
          onStopped: () => outcome('ended'),
        });
      });
      await clinic.admin.users.setDisabled({ id: desk.user.id, disabled: true });
      await somethingChanges();
      expect(await settled).toBe('ended');
    } finally {
      await wsClient.close();
    }
  });
});
