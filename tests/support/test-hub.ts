import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { TRPCError } from '@trpc/server';
import type { ApiContext } from '../../src/main/api/core/context';
import { toAppErrorShape } from '../../src/main/api/core/error-shape';
import { appRouter } from '../../src/main/api/router';
import { createHub, type RunningHub } from '../../src/main/hub/create-hub';
import type { Hub } from '../../src/main/hub/hub';
import { Logger } from '../../src/main/log/logger';
import type { PasswordHasher } from '../../src/main/security/password-hasher';
import { OsKeychain } from '../../src/main/store/keychain';
import type { RoleKey } from '../../src/shared/permissions';
import type { InitialiseInput } from '../../src/shared/schemas/setup';

/**
 * A real hub for tests: a real encrypted store in a temp folder and the real OS keychain
 * (run under scripts/with-test-keyring.sh), under a keychain service name of its own.
 */
export interface TestHub {
  hub: Hub;
  dataDir: string;
  keychain: OsKeychain;
  logger: Logger;
  /** A caller as one window would be: `peer` is where it connects from (`ipc` for the desktop window). */
  caller(token?: string | null, peer?: string): ReturnType<typeof appRouter.createCaller>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export const CLINIC: InitialiseInput['clinic'] = {
  name: 'Klinik Sejahtera',
  address: '12 Jalan SS2/24, 47300 Petaling Jaya, Selangor',
  phone: '+60 3-7876 1234',
  registrationNo: 'KKM-PJ-00123',
  currency: 'MYR',
  timeZone: 'Asia/Kuala_Lumpur',
  languages: ['ms', 'en'],
  tax: { enabled: false, name: 'SST', rateBasisPoints: 0, registrationNo: '' },
};

export const ADMIN = { username: 'aminah', displayName: 'Dr Aminah', password: 'Sejahtera2026!' };

export async function startTestHub(options: { dataDir?: string; keychain?: OsKeychain; clock?: () => Date; hasher?: PasswordHasher } = {}): Promise<TestHub> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'clinicdesk-test-')));
  const keychain = options.keychain ?? new OsKeychain(`ClinicDesk-test-${randomUUID()}`);
  const logger = await Logger.open(path.join(dataDir, 'logs'));
  // The hub as the CLI and the desktop app assemble it, without a server: tests call the router directly.
  const start = (): Promise<RunningHub> => createHub({ dataDir, keychainService: 'unused', server: null }, { keychain, logger, clock: options.clock, hasher: options.hasher });
  let running = await start();
  const testHub: TestHub = {
    get hub() {
      return running.hub;
    },
    dataDir,
    keychain,
    logger,
    caller(token = null, peer = 'ipc') {
      const ctx: ApiContext = { hub: running.hub, connection: { token, peer } };
      return appRouter.createCaller(ctx);
    },
    async restart() {
      await running.close();
      running = await start();
    },
    async close() {
      await running.close();
      await logger.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return testHub;
}

/** First-run set-up, then the admin signed in. Returns the recovery code and a signed-in caller. */
export async function setUpClinic(testHub: TestHub) {
  const { recoveryCode } = await testHub.caller().setup.initialise({ clinic: CLINIC, admin: ADMIN });
  const admin = await signIn(testHub, ADMIN.username, ADMIN.password);
  return { recoveryCode, admin };
}

export async function signIn(testHub: TestHub, username: string, password: string, peer = 'ipc') {
  const caller = testHub.caller(null, peer);
  const result = await caller.auth.login({ username, password });
  return { caller, token: result.token, user: result.user };
}

/** The password every user made by `userWithRoles` ends up with. */
export const USER_PASSWORD = 'Permanent456';

/** Creates a user with exactly these roles and signs them in (after the forced password change). */
export async function userWithRoles(testHub: TestHub, admin: ReturnType<typeof appRouter.createCaller>, username: string, roles: RoleKey[]) {
  const temporary = 'Temporary123';
  await admin.users.create({ username, displayName: username, password: temporary, roles });
  const signedIn = await signIn(testHub, username, temporary);
  await signedIn.caller.auth.changePassword({ currentPassword: temporary, newPassword: USER_PASSWORD });
  return signedIn;
}

/** After a test moved the hub's clock past the idle lock: the admin and a `userWithRoles` user unlock again. */
export async function unlockAfterClockMove(admin: ReturnType<typeof appRouter.createCaller>, user: ReturnType<typeof appRouter.createCaller>): Promise<void> {
  await refusalOf(admin.auth.unlock({ password: ADMIN.password }));
  await refusalOf(user.auth.unlock({ password: USER_PASSWORD }));
}

let walkInSerial = 5000;
/** Registers a patient with a fresh MyKad number and nothing else, as a walk-in at the counter; returns the id. */
export async function registerWalkIn(desk: ReturnType<typeof appRouter.createCaller>, fullName: string): Promise<string> {
  walkInSerial += 1;
  return (await desk.patients.register({ fullName, identityType: 'mykad', identityNo: `800101-10-${walkInSerial}`, phones: [], address: '', postcode: '', allergies: [] })).id;
}

/** The application error code a failed call carries, as a client would see it. */
export function appCode(error: unknown): string | undefined {
  return error instanceof TRPCError ? toAppErrorShape(error).code : undefined;
}

/** The error code a call is refused with, or null when it succeeds. */
export async function refusalOf(call: Promise<unknown>): Promise<string | null> {
  try {
    await call;
    return null;
  } catch (error) {
    return appCode(error) ?? 'UNKNOWN';
  }
}

/** A set-up clinic with its admin and one receptionist signed in, for a test file's beforeAll. */
export async function clinicWithReceptionist(options: Parameters<typeof startTestHub>[0] = {}) {
  const testHub = await startTestHub(options);
  const admin = (await setUpClinic(testHub)).admin.caller;
  const reception = (await userWithRoles(testHub, admin, 'farah', ['receptionist'])).caller;
  return { testHub, admin, reception };
}

/**
 * A set-up clinic ready for appointments (Asia/Kuala_Lumpur): the admin, receptionist farah, and
 * two doctors (dr.lim in Bilik 1, dr.kumar in Bilik 2) working Monday to Friday 09:00–13:00 and
 * 14:00–17:00 on a 15-minute grid with tea 11:00–11:15; a procedure room with 10 minutes'
 * clean-up, a three-bed treatment room, one nurse, and the default appointment types by code.
 */
export async function appointmentClinic(options: Parameters<typeof startTestHub>[0] = {}) {
  const { testHub, admin, reception } = await clinicWithReceptionist(options);
  const room = async (code: string, name: string, kind: 'consultation' | 'procedure' | 'treatment', ticketPrefix: string, capacity = 1, cleanupMinutes = 0) =>
    (await admin.rooms.save({ code, name, kind, ticketPrefix, active: true, capacity, cleanupMinutes })).id;
  const rooms = {
    one: await room('1', 'Bilik 1', 'consultation', 'A'),
    two: await room('2', 'Bilik 2', 'consultation', 'B'),
    procedure: await room('PR', 'Bilik Prosedur', 'procedure', 'P', 1, 10),
    treatment: await room('TR', 'Bilik Rawatan', 'treatment', 'T', 3),
  };
  const doctors: Record<'lim' | 'kumar', string> = { lim: '', kumar: '' };
  for (const [key, roomId] of [['lim', rooms.one], ['kumar', rooms.two]] as const) {
    doctors[key] = (await userWithRoles(testHub, admin, `dr.${key}`, ['doctor'])).user.id;
    const weekdays = [1, 2, 3, 4, 5];
    await admin.appointments.schedules.save({
      doctorId: doctors[key],
      slotMinutes: 15,
      sessions: weekdays.flatMap((weekday) => [
        { weekday, start: '09:00', end: '13:00', roomId },
        { weekday, start: '14:00', end: '17:00', roomId },
      ]),
      breaks: weekdays.map((weekday) => ({ weekday, start: '11:00', end: '11:15', label: 'tea' })),
    });
  }
  const nurseId = (await admin.appointments.resources.save({ name: 'Nurse Siti', kind: 'nurse', userId: null, active: true })).id;
  const types = Object.fromEntries((await admin.appointments.types.list()).map((type) => [type.code, type.id]));
  let serial = 1000;
  const patient = async (fullName: string) => {
    serial += 1;
    return (await reception.patients.register({ fullName, identityType: 'mykad', identityNo: `900101-14-${serial}`, phones: [], address: '', postcode: '', allergies: [] })).id;
  };
  /** The desk books: dr.lim, a consultation, at 09:00, unless told otherwise. */
  const book = (input: Omit<Parameters<typeof reception.appointments.book>[0], 'doctorId' | 'typeId' | 'start'> & { doctorId?: string; typeId?: string; start?: string }) =>
    reception.appointments.book({ doctorId: doctors.lim, typeId: types.CONSULT, start: '09:00', ...input });
  return { testHub, admin, reception, rooms, doctors, nurseId, types, patient, book };
}

/** The code and details a call is refused with, or null when it succeeds. */
export async function refusalDetailsOf(call: Promise<unknown>): Promise<ReturnType<typeof toAppErrorShape> | null> {
  try {
    await call;
    return null;
  } catch (error) {
    if (error instanceof TRPCError) return toAppErrorShape(error);
    throw error;
  }
}
