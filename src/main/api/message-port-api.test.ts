import { createTRPCClient, createWSClient, TRPCClientError, wsLink } from '@trpc/client';
import { afterEach, describe, expect, it } from 'vitest';
import { IPC_SOCKET_URL } from '../../shared/message-port-protocol';
import { ipcWebSocketClass } from '../../shared/message-port-websocket';
import { ADMIN, CLINIC, setUpClinic, startTestHub, userWithRoles, type TestHub } from '../../../tests/support/test-hub';
import { createMessagePortApiServer, type MessagePortApiServer } from './message-port-server';
import type { MessagePortLike } from './message-port-socket';
import type { AppRouter } from './router';

/**
 * The API over a MessagePort, as the renderer will use it: tRPC's own createWSClient with
 * the page-side socket from src/shared, and the same router and middleware as the
 * WebSocket server. Node's MessageChannel stands in for Electron's MessageChannelMain.
 */

let testHub: TestHub | null = null;
let server: MessagePortApiServer | null = null;
const clients: Array<{ close(): Promise<void> }> = [];

afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
  server?.close();
  server = null;
  await testHub?.close();
  testHub = null;
});

/** Node delivers the data to addEventListener in an event, as Electron's port.on('message') does. */
function asMainPort(port: MessagePort): MessagePortLike {
  return {
    postMessage: (message) => port.postMessage(message),
    on(event: 'message' | 'close', listener: (event: { data: unknown }) => void) {
      port.addEventListener(event, (received) => listener({ data: (received as MessageEvent).data }));
    },
    start: () => port.start(),
    close: () => port.close(),
  };
}

/** What main's IPC handler does for each request: a fresh channel, one end served. */
function channelTo(api: MessagePortApiServer) {
  const opened: MessagePort[] = [];
  const connect = async (): Promise<MessagePort> => {
    const { port1, port2 } = new MessageChannel();
    api.accept(asMainPort(port1), 'file://');
    opened.push(port2);
    return port2;
  };
  return { connect, opened };
}

function ipcClient(api: MessagePortApiServer, token: () => string | null = () => null) {
  const channel = channelTo(api);
  const wsClient = createWSClient({
    url: IPC_SOCKET_URL,
    WebSocket: ipcWebSocketClass(channel.connect),
    connectionParams: () => ({ token: token() ?? '' }),
    retryDelayMs: () => 50,
  });
  clients.push(wsClient);
  const trpc = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] });
  return { trpc, wsClient, channel };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('the API over a MessagePort', () => {
  it('answers setup.status, signs in on the link, and lists users for the admin', async () => {
    testHub = await startTestHub();
    await setUpClinic(testHub);
    server = createMessagePortApiServer({ hub: testHub.hub, logger: testHub.logger });
    const { trpc } = ipcClient(server);

    expect(await trpc.setup.status.query()).toEqual({ state: 'open', clinicName: CLINIC.name, timeZone: CLINIC.timeZone, recoveryReason: null });
    expect(await trpc.auth.session.query()).toBeNull();
    const login = await trpc.auth.login.mutate({ username: ADMIN.username, password: ADMIN.password });
    expect(login.user.username).toBe(ADMIN.username);
    // Signing in binds the session to this link, as it does to a WebSocket connection.
    expect((await trpc.auth.session.query())?.user.username).toBe(ADMIN.username);
    const users = await trpc.users.list.query();
    expect(users.map((user) => user.username)).toEqual([ADMIN.username]);
  });

  it('refuses what the signed-in role may not do, with the application error code', async () => {
    testHub = await startTestHub();
    const { admin } = await setUpClinic(testHub);
    const farah = await userWithRoles(testHub, admin.caller, 'farah', ['receptionist']);
    server = createMessagePortApiServer({ hub: testHub.hub, logger: testHub.logger });
    // The token travels in tRPC's connectionParams, as over WebSocket.
    const { trpc } = ipcClient(server, () => farah.token);

    expect((await trpc.auth.session.query())?.user.username).toBe('farah');
    const error = await rejection(trpc.users.list.query());
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<AppRouter>).data).toMatchObject({ code: 'FORBIDDEN', app: { code: 'FORBIDDEN' } });
  });

  it('refuses a signed-out link before it reaches the store', async () => {
    testHub = await startTestHub();
    await setUpClinic(testHub);
    server = createMessagePortApiServer({ hub: testHub.hub, logger: testHub.logger });
    const { trpc } = ipcClient(server);
    const error = await rejection(trpc.users.list.query());
    expect((error as TRPCClientError<AppRouter>).data).toMatchObject({ code: 'UNAUTHORIZED', app: { code: 'NOT_SIGNED_IN' } });
  });

  it('reconnects on a fresh port when the hub closes the links', async () => {
    testHub = await startTestHub();
    await setUpClinic(testHub);
    server = createMessagePortApiServer({ hub: testHub.hub, logger: testHub.logger });
    const { trpc, channel } = ipcClient(server);
    expect((await trpc.setup.status.query()).state).toBe('open');
    server.close();
    await expect.poll(() => channel.opened.length, { timeout: 5_000 }).toBeGreaterThan(1);
    expect((await trpc.setup.status.query()).state).toBe('open');
  });

  it('closes a port whose first message is not the open notice', async () => {
    testHub = await startTestHub();
    server = createMessagePortApiServer({ hub: testHub.hub, logger: testHub.logger });
    const { port1, port2 } = new MessageChannel();
    server.accept(asMainPort(port1), 'file://');
    const closed = new Promise<void>((resolve) => port2.addEventListener('close', () => resolve()));
    port2.start();
    port2.postMessage(JSON.stringify({ id: 1, method: 'query', params: { path: 'setup.status' } }));
    await closed;
  });
});
