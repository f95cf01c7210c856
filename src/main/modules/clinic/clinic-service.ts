import { randomBytes } from 'node:crypto';
import {
  DEFAULT_BACKUP_SETTINGS,
  DEFAULT_SECURITY_SETTINGS,
  type BackupSettings,
  type ClinicProfile,
  type ClinicSettings,
  type DisplaySettings,
  type SecuritySettings,
} from '../../../shared/schemas/clinic';
import { DEFAULT_PRINTER_SETTINGS, type PrinterSettings } from '../../../shared/schemas/printer';
import type { UnitOfWork } from '../../work/unit-of-work';
import { AppError } from '../../errors/app-error';
import type { ClinicZone } from '../../work/clinic-clock';
import { ClinicSettingsEntity, type ClinicSettingsRecord } from './entities';

type Section = 'profile' | 'security' | 'backup' | 'display' | 'printer';

/** The clinic's own settings: one row, changed section by section, every change audited. */
export class ClinicService {
  /** The time zone every unit of work's clock reads; kept in step with the profile once it commits. */
  constructor(private readonly zone: ClinicZone) {}

  async initialise(uow: UnitOfWork, profile: ClinicProfile): Promise<void> {
    const record: ClinicSettingsRecord = {
      id: 1,
      profile,
      security: DEFAULT_SECURITY_SETTINGS,
      backup: DEFAULT_BACKUP_SETTINGS,
      display: { pairingCode: newPairingCode(), showMaskedNames: false, notice: '', languages: profile.languages },
      printer: DEFAULT_PRINTER_SETTINGS,
      updatedAt: uow.now.toISOString(),
    };
    await uow.db.getRepository(ClinicSettingsEntity).insert(record);
    await uow.audit({ action: 'clinic.initialise', entity: 'clinic', entityId: '1', after: toSettings(record) });
  }

  async get(uow: UnitOfWork): Promise<ClinicSettings> {
    return toSettings(await this.record(uow));
  }

  async updateProfile(uow: UnitOfWork, profile: ClinicProfile): Promise<ClinicSettings> {
    const settings = await this.updateSection(uow, 'profile', profile);
    uow.afterCommit(() => this.zone.set(profile.timeZone));
    return settings;
  }

  updateSecurity(uow: UnitOfWork, security: SecuritySettings): Promise<ClinicSettings> {
    return this.updateSection(uow, 'security', security);
  }

  updateBackup(uow: UnitOfWork, backup: BackupSettings): Promise<ClinicSettings> {
    return this.updateSection(uow, 'backup', backup);
  }

  updateDisplay(uow: UnitOfWork, display: DisplaySettings): Promise<ClinicSettings> {
    return this.updateSection(uow, 'display', display);
  }

  updatePrinter(uow: UnitOfWork, printer: PrinterSettings): Promise<ClinicSettings> {
    return this.updateSection(uow, 'printer', printer);
  }

  private async updateSection<S extends Section>(uow: UnitOfWork, section: S, value: ClinicSettings[S]): Promise<ClinicSettings> {
    const before = await this.record(uow);
    await uow.db.getRepository(ClinicSettingsEntity).update({ id: 1 }, { [section]: value, updatedAt: uow.now.toISOString() });
    await uow.audit({ action: `clinic.update.${section}`, entity: 'clinic', entityId: '1', before: before[section], after: value });
    return this.get(uow);
  }

  private async record(uow: UnitOfWork): Promise<ClinicSettingsRecord> {
    const record = await uow.db.getRepository(ClinicSettingsEntity).findOneBy({ id: 1 });
    if (!record) throw new AppError('STORE_NOT_OPEN', { reason: 'no-clinic' });
    return record;
  }
}

function toSettings(record: ClinicSettingsRecord): ClinicSettings {
  return { profile: record.profile, security: record.security, backup: record.backup, display: record.display, printer: record.printer };
}

/** Eight characters from an alphabet without look-alikes (0/O, 1/I), easy to type on a TV remote. */
export function newPairingCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(8)].map((byte) => alphabet[byte % alphabet.length]).join('');
}
