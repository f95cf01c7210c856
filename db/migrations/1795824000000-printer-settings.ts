import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Receipt-printer settings as a new section of the clinic's settings. Every store starts with
 * "no printer" (tickets print as PDFs through the system printer) until someone sets one up.
 * The default is written out here, not imported: a released migration must not change when
 * the code's defaults do.
 */
const NO_PRINTER = JSON.stringify({ connection: { kind: 'none' }, paperWidthMm: 80, printTicketAtCheckIn: false, copies: 1, checkStatus: true });

export class PrinterSettings1795824000000 implements MigrationInterface {
  name = 'PrinterSettings1795824000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE clinic_settings ADD COLUMN printer_json TEXT NOT NULL DEFAULT '${NO_PRINTER}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE clinic_settings DROP COLUMN printer_json`);
  }
}
