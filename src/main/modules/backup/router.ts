import { backupCreateInputSchema, backupListInputSchema, backupRestoreInputSchema } from '../../../shared/schemas/backup';
import type { BackupSettings } from '../../../shared/schemas/clinic';
import { moduleProcedures } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { AppError } from '../../errors/app-error';
import { listBackups } from '../../store/backups';
import { backupSettings } from './backup-settings';
import { backupKey } from './key';

// VACUUM INTO cannot run inside a transaction: backups read their settings in a short unit of work first.
const { staged } = moduleProcedures(backupKey);

function folderFor(settings: BackupSettings, requested: string | undefined): string {
  const folder = requested ?? settings.folder;
  if (!folder) throw new AppError('BACKUP_FOLDER_UNUSABLE', { folder: '' });
  return folder;
}

export const backupRouter = t.router({
  /** Shown quietly in the corner of every screen: when the last backup ran, or why it failed. */
  status: staged('signed-in').query(async ({ ctx }) => {
    const settings = await ctx.inUnitOfWork((uow) => ctx.services.settings.get(uow, backupSettings));
    return ctx.services.backups.status(settings.folder);
  }),

  list: staged('backup.manage')
    .input(backupListInputSchema)
    .query(async ({ ctx, input }) => listBackups(folderFor(await ctx.inUnitOfWork((uow) => ctx.services.settings.get(uow, backupSettings)), input.folder))),

  create: staged('backup.manage')
    .input(backupCreateInputSchema)
    .mutation(async ({ ctx, input }) => {
      const settings = await ctx.inUnitOfWork((uow) => ctx.services.settings.get(uow, backupSettings));
      return ctx.services.backups.create(folderFor(settings, input.folder), settings.keep, ctx.session.actor, ctx.hub.now());
    }),

  restore: staged('backup.manage')
    .input(backupRestoreInputSchema)
    .mutation(({ ctx, input }) => ctx.hub.restoreBackup(input.file, ctx.session.actor)),
});
