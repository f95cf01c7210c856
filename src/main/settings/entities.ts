import { EntitySchema } from 'typeorm';

export interface SettingRecord {
  section: string;
  value: unknown;
  updatedAt: string;
}

export const SettingEntity = new EntitySchema<SettingRecord>({
  name: 'Setting',
  tableName: 'settings',
  columns: {
    section: { type: 'text', primary: true },
    value: { type: 'simple-json', name: 'value_json' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});
