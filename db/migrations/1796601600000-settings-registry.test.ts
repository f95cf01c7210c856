import { describe, expect, it } from 'vitest';
import { acrossMigration } from './migration-test-store';

const PROFILE = { name: 'Klinik Sejahtera', timeZone: 'Asia/Kuala_Lumpur', languages: ['ms', 'en'] };
const DISPLAY = { pairingCode: 'ABCD2345', showMaskedNames: true, notice: 'Tutup 1-2 ptg', languages: ['ms'] };

describe('1796601600000-settings-registry', () => {
  it('moves each section of the one settings row into a row of its own, unchanged, and drops the old table', async () => {
    const { rows, tables } = await acrossMigration(
      'SettingsRegistry1796601600000',
      (db) =>
        db.query(`INSERT INTO clinic_settings (id, profile_json, security_json, backup_json, display_json, printer_json, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?)`, [
          JSON.stringify(PROFILE),
          JSON.stringify({ idleLockMinutes: 7 }),
          JSON.stringify({ folder: '/media/usb', dailyAt: '22:30', keep: 10 }),
          JSON.stringify(DISPLAY),
          JSON.stringify({ connection: { kind: 'none' }, paperWidthMm: 58, printTicketAtCheckIn: false, copies: 2, checkStatus: true }),
          '2026-11-30T10:00:00.000Z',
        ]),
      async (db) => ({
        rows: await db.query<{ section: string; value_json: string; updated_at: string }[]>('SELECT section, value_json, updated_at FROM settings ORDER BY section'),
        tables: (await db.query<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%settings%'`)).map((t) => t.name),
      }),
    );
    expect(tables).toEqual(['settings']);
    const sections = Object.fromEntries(rows.map((row) => [row.section, JSON.parse(row.value_json) as unknown]));
    expect(sections).toEqual({
      profile: PROFILE,
      security: { idleLockMinutes: 7 },
      backup: { folder: '/media/usb', dailyAt: '22:30', keep: 10 },
      display: DISPLAY,
      printer: { connection: { kind: 'none' }, paperWidthMm: 58, printTicketAtCheckIn: false, copies: 2, checkStatus: true },
    });
    expect(new Set(rows.map((row) => row.updated_at))).toEqual(new Set(['2026-11-30T10:00:00.000Z']));
  });

  it('leaves a store that was never set up with an empty settings table', async () => {
    const rows = await acrossMigration('SettingsRegistry1796601600000', async () => undefined, (db) => db.query('SELECT * FROM settings'));
    expect(rows).toEqual([]);
  });
});
