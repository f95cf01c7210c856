import type { AnyTRPCRouter } from '@trpc/server';
import type { EntitySchema } from 'typeorm';
import type { AuditLog } from '../../audit/audit-log';
import type { PatientRecords } from '../../audit/patient-records';
import type { PasswordHasher } from '../../security/password-hasher';
import type { SettingsStore } from '../../settings/settings-store';
import type { Keychain } from '../../store/keychain';
import type { Store } from '../../store/store';
import type { ClinicZone } from '../../work/clinic-clock';
import type { DomainListeners } from '../../work/domain-events';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { SettingsSection } from './settings-section';
import type { WorkRunner } from '../../work/work-runner';

/**
 * A module's name, typed with the services it builds: other modules name it in their `needs`, and
 * its own procedures reach its services through it. Exported from the module's index.ts.
 */
export interface ModuleKey<S> {
  readonly name: string;
  /** Never set: carries the services' type. */
  readonly services?: S;
}

export function moduleKey<S>(name: string): ModuleKey<S> {
  return { name };
}

export type ServicesOf<K> = K extends ModuleKey<infer S> ? S : never;

/** What every module's services may be built from, besides the modules it needs. */
export interface Platform {
  store: Store;
  auditLog: AuditLog;
  hasher: PasswordHasher;
  /** The clinic's time zone; the clinic module changes it with the profile. */
  zone: ClinicZone;
  /** The clinic's settings, section by section (each module registers its own sections). */
  settings: SettingsStore;
  /** Runs units of work on this store, for services that make their own (backups, background jobs). */
  work: WorkRunner;
  /** The hub's clock (tests move it). */
  now(): Date;
  /** Every module's `patientRecords`, for the audit screens' patient trail. */
  patientRecords: readonly PatientRecords[];
  /** The OS keychain, scoped to this store: secrets that must never sit in the store or the settings (a MyInvois client secret). */
  secrets: Keychain;
}

type NeedsOf<Needs> = { [K in keyof Needs]: ServicesOf<Needs[K]> };

/**
 * Everything a module is, described once: the tables it owns, how its services are built from the
 * modules it needs, the routes it adds to the API, the domain events it listens to and the data a
 * new clinic starts with, and the sections of the clinic's settings it keeps. The hub assembles
 * the modules listed in src/main/modules/index.ts.
 */
export interface ModuleDefinition<
  S,
  Needs extends Record<string, ModuleKey<unknown>>,
  Routes extends Record<string, AnyTRPCRouter>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each section has its own value type, checked where it is defined
  Settings extends Record<string, SettingsSection<any>> = Record<never, never>,
> {
  key: ModuleKey<S>;
  needs: Needs;
  entities: readonly EntitySchema[];
  build(needs: NeedsOf<Needs>, platform: Platform): S;
  routes: Routes;
  settings?: Settings;
  /** Which of this module's audited records are a patient's, by its own tables (see PatientRecords). */
  patientRecords?: readonly PatientRecords[];
  listeners?(services: S): DomainListeners;
  /** Written in the first-run set-up's transaction, in module order. */
  seed?(uow: UnitOfWork, services: S): Promise<void>;
  /**
   * Run each time the store opens, before the API serves anyone, with units of work as the system:
   * to clear what work interrupted by a stop or a crash left behind.
   */
  opened?(services: S, run: <T>(work: (uow: UnitOfWork) => Promise<T>) => Promise<T>): Promise<void>;
}

export function defineModule<
  S,
  Needs extends Record<string, ModuleKey<unknown>>,
  Routes extends Record<string, AnyTRPCRouter>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as in ModuleDefinition
  Settings extends Record<string, SettingsSection<any>> = Record<never, never>,
>(definition: ModuleDefinition<S, Needs, Routes, Settings>): ModuleDefinition<S, Needs, Routes, Settings> {
  return definition;
}

// The list of modules holds definitions of many service types; each is checked where it is defined.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyModule = ModuleDefinition<any, Record<string, ModuleKey<unknown>>, Record<string, AnyTRPCRouter>, Record<string, SettingsSection<any>>>;

/** The services of every module of one open store, by module name. */
export class ModuleServices {
  private constructor(private readonly byName: ReadonlyMap<string, unknown>) {}

  /**
   * Builds every module's services, each after the modules it needs. A need that is not in the
   * list, or a cycle, is a programming error found at start (and by every test).
   */
  static build(modules: readonly AnyModule[], platform: Platform): ModuleServices {
    const built = new Map<string, unknown>();
    const pending = [...modules];
    while (pending.length > 0) {
      const ready = pending.findIndex((module) => Object.values(module.needs).every((key) => built.has(key.name)));
      if (ready < 0) throw new Error(`modules with needs not met or in a cycle: ${pending.map((m) => m.key.name).join(', ')}`);
      const [module] = pending.splice(ready, 1);
      const needs = Object.fromEntries(Object.entries(module.needs).map(([as, key]) => [as, built.get(key.name)]));
      built.set(module.key.name, module.build(needs, platform));
    }
    return new ModuleServices(built);
  }

  of<S>(key: ModuleKey<S>): S {
    if (!this.byName.has(key.name)) throw new Error(`module ${key.name} is not assembled`);
    return this.byName.get(key.name) as S;
  }
}
