import { describe, expect, it } from 'vitest';
import { printerSettingsSchema } from '../../src/shared/schemas/printer';
import { acrossMigration } from './migration-test-store';

describe('1795824000000-printer-settings', () => {
  it('gives a clinic set up before it "no printer", leaving its other settings as they were', async () => {
    let columnsBefore: string[] = [];
    const rows = await acrossMigration(
      'PrinterSettings1795824000000',
      async (db) => {
        columnsBefore = (await db.query<{ name: string }[]>('PRAGMA table_info(clinic_settings)')).map((column) => column.name);
        await db.query(`INSERT INTO clinic_settings (id, profile_json, security_json, backup_json, display_json, updated_at) VALUES (1, '{"name":"Klinik"}', '{"idleLockMinutes":7}', '{}', '{"notice":"x"}', 'then')`);
      },
      (db) => db.query<Record<string, string>[]>('SELECT * FROM clinic_settings'),
    );
    expect(columnsBefore).toContain('display_json');
    expect(columnsBefore).not.toContain('printer_json');
    expect(rows).toHaveLength(1);
    expect(printerSettingsSchema.parse(JSON.parse(rows[0].printer_json))).toEqual({
      connection: { kind: 'none' },
      paperWidthMm: 80,
      printTicketAtCheckIn: false,
      copies: 1,
      checkStatus: true,
    });
    expect(rows[0]).toMatchObject({ profile_json: '{"name":"Klinik"}', security_json: '{"idleLockMinutes":7}', display_json: '{"notice":"x"}', updated_at: 'then' });
  });
});
