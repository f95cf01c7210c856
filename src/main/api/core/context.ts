import type { Permission } from '../../../shared/permissions';
import type { BackupFile } from '../../../shared/schemas/backup';
import type { InitialiseInput, SetupStatus } from '../../../shared/schemas/setup';
import type { Actor, AuditLog } from '../../audit/audit-log';
import type { AuditChainGuard } from '../../audit/chain-guard';
import type { SettingsStore } from '../../settings/settings-store';
import type { Store } from '../../store/store';
import type { ClinicZone } from '../../work/clinic-clock';
import type { WorkRunner } from '../../work/work-runner';
import type { HubEvents } from './hub-events';
import type { ModuleServices } from './module';
import type { SessionStore } from './session-store';

/** What one connected window (or test caller) has: its sign-in token, if any. */
export interface Connection {
  token: string | null;
  /** Who is at the other end: the remote address for WebSocket, `ipc` for the desktop window. */
  peer?: string;
  /** The hub's certificate fingerprint when this connection came over TLS (HTTPS/WSS); absent otherwise. */
  tlsFingerprint?: string;
}

/** The open store and everything built on it. Absent until set-up or recovery is done. */
export interface OpenHub {
  store: Store;
  auditLog: AuditLog;
  /** Checks and anchors this store's audit chain. */
  auditGuard: AuditChainGuard;
  /** Every module's services, by module. */
  services: ModuleServices;
  /** Runs units of work on this store. */
  work: WorkRunner;
  /** The clinic's settings, section by section. */
  settings: SettingsStore;
  /** The clinic's time zone, which every unit of work's clock reads. */
  zone: ClinicZone;
  /** What a user's roles grant (the users module answers). */
  permissionsOf(userId: string): Promise<Permission[]>;
}

/** The hub as the API sees it: its state, its store when open, and its life-cycle operations. */
export interface HubApi {
  readonly sessions: SessionStore;
  readonly events: HubEvents;
  /** The hub's clock: every unit of work reads the time once, from here. */
  now(): Date;
  status(): Promise<SetupStatus>;
  open(): OpenHub | null;
  initialise(input: InitialiseInput): Promise<{ recoveryCode: string }>;
  recover(recoveryCode: string): Promise<void>;
  recoveryCodeOpensStore(recoveryCode: string): Promise<boolean>;
  findBackups(folder: string): Promise<BackupFile[]>;
  restoreOnNewPc(backupFile: string, recoveryCode: string): Promise<void>;
  restoreBackup(file: string, actor: Actor): Promise<void>;
}

export interface ApiContext {
  hub: HubApi;
  connection: Connection;
}
