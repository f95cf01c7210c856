import { EntitySchema } from 'typeorm';
import type { BackupSettings, ClinicProfile, DisplaySettings, SecuritySettings } from '../../../shared/schemas/clinic';
import type { PrinterSettings } from '../../../shared/schemas/printer';

export interface ClinicSettingsRecord {
  id: number;
  profile: ClinicProfile;
  security: SecuritySettings;
  backup: BackupSettings;
  display: DisplaySettings;
  printer: PrinterSettings;
  updatedAt: string;
}

export const ClinicSettingsEntity = new EntitySchema<ClinicSettingsRecord>({
  name: 'ClinicSettings',
  tableName: 'clinic_settings',
  columns: {
    id: { type: 'integer', primary: true },
    profile: { type: 'simple-json', name: 'profile_json' },
    security: { type: 'simple-json', name: 'security_json' },
    backup: { type: 'simple-json', name: 'backup_json' },
    display: { type: 'simple-json', name: 'display_json' },
    printer: { type: 'simple-json', name: 'printer_json' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});
