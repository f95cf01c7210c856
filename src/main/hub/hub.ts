import { randomBytes, timingSafeEqual } from 'node:crypto';
import { copyFile, rename } from 'node:fs/promises';
import { basename } from 'node:path';
import { keyToRecoveryCode, recoveryCodeToKey } from '../../shared/recovery-code';
import type { ChangedEntity } from '../../shared/changed-entities';
import type { BackupFile } from '../../shared/schemas/backup';
import type { InitialiseInput, SetupStatus } from '../../shared/schemas/setup';
import type { HubApi, OpenHub } from '../api/core/context';
import { HubEvents } from '../api/core/hub-events';
import { ModuleServices, type AnyModule, type Platform } from '../api/core/module';
import { runAsSystem } from '../api/core/procedures';
import { SessionStore } from '../api/core/session-store';
import { KeychainAnchor } from '../audit/audit-anchor';
import { AuditLog, type Actor } from '../audit/audit-log';
import { checkBackupChain } from '../audit/backup-anchor';
import { AuditChainGuard } from '../audit/chain-guard';
import { ReadBuffer } from '../audit/read-buffer';
import { AppError } from '../errors/app-error';
import { clinicKey, ENTITIES, MODULES, profileSettings, usersKey } from '../modules';
import { PasswordHasher } from '../security/password-hasher';
import { SettingsStore } from '../settings/settings-store';
import { assertBackupOpens, listBackups } from '../store/backups';
import type { Keychain } from '../store/keychain';
import { ScopedKeychain } from '../store/scoped-keychain';
import { ownerOnlyDataFolder } from '../store/owner-only';
import { SerialQueue } from '../store/serial-queue';
import { Store } from '../store/store';
import { KeyRejectedError } from '../store/store-file';
import { ClinicZone } from '../work/clinic-clock';
import { DomainEventBus } from '../work/domain-events';
import type { UnitOfWork } from '../work/unit-of-work';
import { WorkRunner } from '../work/work-runner';
import { BackupScheduler } from './backup-scheduler';
import type { Logger } from '../log/logger';
import { StoreLocation } from './store-location';

export interface HubOptions {
  dataDir: string;
  keychain: Keychain;
  logger: Logger;
  /** How often the backup schedule is checked; tests shorten it. */
  backupCheckIntervalMs?: number;
  /** Tests move time forward to reach sign-in waits and idle locks. */
  clock?: () => Date;
  /** Tests count or hold password checks. */
  hasher?: PasswordHasher;
}

/**
 * The hub's life cycle around its encrypted store: first-run set-up, recovery when the
 * keychain has lost the key, restores, and the services built on the open store.
 * Life-cycle steps run one at a time; none of them ever creates an empty store over an
 * existing one.
 */
export class Hub implements HubApi {
  readonly sessions: SessionStore;
  readonly events = new HubEvents();
  private readonly hasher: PasswordHasher;
  private readonly lifecycle = new SerialQueue();
  private readonly location: StoreLocation;
  private readonly auditAnchor: KeychainAnchor;
  readonly scheduler: BackupScheduler;
  private current: OpenHub | null = null;
  private recoveryReason: SetupStatus['recoveryReason'] = null;

  private constructor(private readonly options: HubOptions) {
    this.sessions = new SessionStore(() => this.now().getTime());
    this.hasher = options.hasher ?? new PasswordHasher();
    this.location = new StoreLocation(options.dataDir);
    this.auditAnchor = new KeychainAnchor(options.keychain, this.location.auditHeadAccount);
    this.scheduler = new BackupScheduler(() => this.current, options.logger, () => this.now(), options.backupCheckIntervalMs);
    this.events.onEvent('changed', ({ entities }) => {
      if (entities.includes('role') || entities.includes('user')) this.sessions.forgetPermissions();
    });
  }

  static async start(options: HubOptions): Promise<Hub> {
    await ownerOnlyDataFolder(options.dataDir);
    const hub = new Hub(options);
    await hub.openExisting();
    return hub;
  }

  now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  open(): OpenHub | null {
    return this.current;
  }

  async status(): Promise<SetupStatus> {
    const open = this.current;
    if (!open) {
      return { state: this.location.exists() ? 'needs-recovery' : 'needs-setup', clinicName: null, timeZone: null, recoveryReason: this.recoveryReason };
    }
    const profile = await runAsSystem(open, (uow) => open.settings.get(uow, profileSettings));
    return { state: 'open', clinicName: profile.name, timeZone: profile.timeZone, recoveryReason: null };
  }

  initialise(input: InitialiseInput): Promise<{ recoveryCode: string }> {
    return this.lifecycle.run(async () => {
      if (this.current || this.location.exists()) throw new AppError('SETUP_ALREADY_DONE');
      const key = randomBytes(32);
      const keyHex = key.toString('hex');
      // The key reaches the keychain before any data exists, so no store is ever without it.
      await this.saveKey(keyHex);
      const adminPasswordHash = await this.hasher.hash(input.admin.password);
      const building = this.location.sibling('setup');
      await StoreLocation.remove(building);
      try {
        const store = await Store.open({ file: building, keyHex, entities: ENTITIES });
        try {
          const { services, work } = this.assemble(store, new AuditLog(), new ClinicZone(input.clinic.timeZone), () => undefined);
          await work.run(null, (uow) => writeFirstRun(uow, services, input, adminPasswordHash));
        } finally {
          await store.close();
        }
        await rename(building, this.location.file);
      } catch (error) {
        await StoreLocation.remove(building);
        throw error;
      }
      // An anchor left by an earlier store in this folder knows nothing of the new chain.
      await this.auditAnchor.write(null);
      await this.attach(keyHex);
      this.options.logger.info('setup.done');
      return { recoveryCode: keyToRecoveryCode(key) };
    });
  }

  recover(recoveryCode: string): Promise<void> {
    return this.lifecycle.run(async () => {
      if (this.current || !this.location.exists()) throw new AppError('SETUP_NOT_ALLOWED');
      const keyHex = keyHexFromCode(recoveryCode);
      try {
        await this.attach(keyHex);
      } catch (error) {
        if (error instanceof KeyRejectedError) throw new AppError('RECOVERY_CODE_WRONG');
        throw error;
      }
      await this.saveKey(keyHex);
      this.recoveryReason = null;
      this.options.logger.info('recovery.done');
    });
  }

  /** Whether a recovery code is this store's key; throws RECOVERY_CODE_INVALID for a mistyped one. */
  async recoveryCodeOpensStore(recoveryCode: string): Promise<boolean> {
    const given = Buffer.from(keyHexFromCode(recoveryCode), 'hex');
    const keyHex = this.current ? await this.options.keychain.get(this.location.keychainAccount) : null;
    return keyHex !== null && keyHex.length === given.length * 2 && timingSafeEqual(given, Buffer.from(keyHex, 'hex'));
  }

  /**
   * Before set-up there is no one to trust: a missing folder, one the hub may not read, a file
   * and a folder without backups all answer the same empty list.
   */
  async findBackups(folder: string): Promise<BackupFile[]> {
    if (this.current) throw new AppError('SETUP_NOT_ALLOWED');
    return listBackups(folder).catch(() => []);
  }

  restoreOnNewPc(backupFile: string, recoveryCode: string): Promise<void> {
    return this.lifecycle.run(async () => {
      if (this.current || this.location.exists()) throw new AppError('SETUP_ALREADY_DONE');
      const keyHex = keyHexFromCode(recoveryCode);
      assertBackupOpens(backupFile, keyHex);
      const restoredHead = await checkBackupChain(backupFile, keyHex, this.now());
      await this.saveKey(keyHex);
      await this.placeStoreFile(backupFile);
      await this.auditAnchor.write(restoredHead);
      await this.attach(keyHex);
      this.options.logger.info('restore.newPc');
    });
  }

  restoreBackup(file: string, actor: Actor): Promise<void> {
    return this.lifecycle.run(async () => {
      const open = this.current;
      const keyHex = await this.options.keychain.get(this.location.keychainAccount);
      if (!open || !keyHex) throw new AppError('STORE_NOT_OPEN');
      assertBackupOpens(file, keyHex);
      const restoredHead = await checkBackupChain(file, keyHex, this.now());
      // Put back if the restore fails; the store being replaced holds it unchanged.
      const previousAnchor = await this.auditAnchor.read();
      await this.detach();
      // The store being replaced is kept beside it, in case the wrong backup was chosen.
      const previous = this.location.sibling(`before-restore-${Date.now()}`);
      await rename(this.location.file, previous);
      try {
        await this.placeStoreFile(file);
        await this.auditAnchor.write(restoredHead);
        await this.attach(keyHex);
      } catch (error) {
        await StoreLocation.remove(this.location.file);
        await rename(previous, this.location.file);
        await this.auditAnchor.write(previousAnchor);
        await this.attach(keyHex);
        throw error;
      }
      const restored = this.current;
      if (restored) await restored.work.run(actor, (uow) => uow.audit({ action: 'backup.restore', entity: 'backup', entityId: basename(file) }));
      this.sessions.clear();
      this.events.emit('reset', { reason: 'restored' });
      this.options.logger.info('restore.done');
    });
  }

  async close(): Promise<void> {
    await this.lifecycle.run(() => this.detach());
    this.events.close();
  }

  private async openExisting(): Promise<void> {
    if (!this.location.exists()) return;
    const keyHex = await this.options.keychain.get(this.location.keychainAccount);
    if (!keyHex) {
      this.recoveryReason = 'key-missing';
      this.options.logger.warn('store.keyMissing');
      return;
    }
    try {
      await this.attach(keyHex);
    } catch (error) {
      if (!(error instanceof KeyRejectedError)) throw error;
      this.recoveryReason = 'key-wrong';
      this.options.logger.warn('store.keyWrong');
    }
  }

  private async attach(keyHex: string): Promise<void> {
    const store = await Store.open({
      file: this.location.file,
      keyHex,
      entities: ENTITIES,
      onCheckpointFallback: (reason) => this.options.logger.warn('store.checkpointFallback', { reason }),
    });
    const auditLog = new AuditLog(new ReadBuffer());
    // Set from the clinic's profile once the services can read it, below.
    const zone = new ClinicZone('UTC');
    const { services, work, settings } = this.assemble(store, auditLog, zone, (entities) => this.events.emit('changed', { entities }));
    const auditGuard = new AuditChainGuard({
      store,
      auditLog,
      anchor: this.auditAnchor,
      logger: this.options.logger,
      clock: () => this.now(),
      onFailure: () => this.events.emit('changed', { entities: ['audit'] }),
    });
    for (const module of MODULES as readonly AnyModule[]) {
      // Leftovers cost space, not correctness (they are invisible): a failure to clear them must not keep the clinic closed.
      await module.opened?.(services.of(module.key), (unit) => work.run(null, unit)).catch((error: unknown) => this.options.logger.error('module.openedFailed', error));
    }
    const users = services.of(usersKey).users;
    const permissionsOf = (userId: string) => work.run(null, (uow) => users.permissionsOf(uow, userId));
    this.current = { store, auditLog, auditGuard, services, work, settings, zone, permissionsOf };
    const clinic = services.of(clinicKey).clinic;
    const { profile, security } = await work.run(null, async (uow) => ({ profile: await clinic.profile(uow), security: await clinic.security(uow) }));
    zone.set(profile.timeZone);
    this.sessions.setIdleLockMinutes(security.idleLockMinutes);
    this.scheduler.start();
    auditGuard.start();
    this.events.emit('reset', { reason: 'opened' });
  }

  /** Every module's services on one store, with the units of work they run in and the domain events between them. */
  private assemble(store: Store, auditLog: AuditLog, zone: ClinicZone, onChanged: (entities: ChangedEntity[]) => void): { services: ModuleServices; work: WorkRunner; settings: SettingsStore } {
    const events = new DomainEventBus();
    const now = () => this.now();
    const work = new WorkRunner({ store, auditLog, events, zone, now, onChanged, onEffectFailed: (error) => this.options.logger.error('work.afterCommitFailed', error) });
    const settings = new SettingsStore();
    const patientRecords = (MODULES as readonly AnyModule[]).flatMap((module) => module.patientRecords ?? []);
    const secrets = new ScopedKeychain(this.options.keychain, this.location.keychainAccount);
    const platform: Platform = { store, auditLog, hasher: this.hasher, zone, work, settings, now, patientRecords, secrets };
    const services = ModuleServices.build(MODULES, platform);
    for (const module of MODULES as readonly AnyModule[]) if (module.listeners) events.listen(module.listeners(services.of(module.key)));
    return { services, work, settings };
  }

  private async detach(): Promise<void> {
    this.scheduler.stop();
    const open = this.current;
    this.current = null;
    if (!open) return;
    await open.auditGuard.close();
    await open.store.close();
  }

  /** Copies a backup into place under a temporary name first, so a failed copy leaves nothing. */
  private async placeStoreFile(source: string): Promise<void> {
    const incoming = this.location.sibling('restoring');
    await StoreLocation.remove(incoming);
    await copyFile(source, incoming);
    await StoreLocation.remove(this.location.file);
    await rename(incoming, this.location.file);
  }

  private async saveKey(keyHex: string): Promise<void> {
    try {
      await this.options.keychain.set(this.location.keychainAccount, keyHex);
    } catch (error) {
      this.options.logger.error('keychain.unavailable', error);
      throw new AppError('KEYCHAIN_UNAVAILABLE');
    }
  }
}

/**
 * A new clinic: the roles, the owner's admin account (acting as whom the rest is written), the
 * clinic's profile, then each module's first-run data.
 */
async function writeFirstRun(uow: UnitOfWork, services: ModuleServices, input: InitialiseInput, adminPasswordHash: string): Promise<void> {
  const { users } = services.of(usersKey);
  await users.seedRoles(uow);
  const { username, displayName } = input.admin;
  const admin = await users.create(uow, { username, displayName, passwordHash: adminPasswordHash, roles: ['admin'] }, { mustChangePassword: false });
  uow.actAs({ userId: admin.id, name: admin.displayName });
  await services.of(clinicKey).clinic.initialise(uow, input.clinic);
  for (const module of MODULES as readonly AnyModule[]) await module.seed?.(uow, services.of(module.key));
}

function keyHexFromCode(recoveryCode: string): string {
  const key = recoveryCodeToKey(recoveryCode);
  if (!key) throw new AppError('RECOVERY_CODE_INVALID');
  return Buffer.from(key).toString('hex');
}
