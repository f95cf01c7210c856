import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts no longer lock: five wrong passwords from anyone locked any account, the admin's
 * included, so a stranger could keep the whole staff out. Guessing is now slowed down by source,
 * in the hub's memory (src/main/modules/auth/source-throttle.ts), and these columns go.
 */
export class DropAccountLockout1796428800000 implements MigrationInterface {
  name = 'DropAccountLockout1796428800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users DROP COLUMN failed_logins`);
    await db.query(`ALTER TABLE users DROP COLUMN locked_until`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0`);
    await db.query(`ALTER TABLE users ADD COLUMN locked_until TEXT`);
  }
}
