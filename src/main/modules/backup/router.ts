import { backupCreateInputSchema, backupListInputSchema, backupRestoreInputSchema } from '../../../shared/schemas/backup';
import type { ClinicSettings } from '../../../shared/schemas/clinic';
import type { OpenHub } from '../../api/core/context';
import { permittedProcedure, signedInProcedure } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { runAsSystem } from '../../api/core/run-as-system';
import { AppError } from '../../errors/app-error';
import { listBackups } from '../../store/backups';

// Backups run outside a unit of work: VACUUM INTO cannot run inside a transaction.
function settingsOf(open: OpenHub): Promise<ClinicSettings> {
  return runAsSystem(open, (uow) => open.services.clinic.get(uow));
}

function folderFor(settings: ClinicSettings, requested: string | undefined): string {
  const folder = requested ?? settings.backup.folder;
  if (!folder) throw new AppError('BACKUP_FOLDER_UNUSABLE', { folder: '' });
  return folder;
}

export const backupRouter = t.router({
  /** Shown quietly in the corner of every screen: when the last backup ran, or why it failed. */
  status: signedInProcedure.query(async ({ ctx }) => {
    const settings = await settingsOf(ctx.open);
    return ctx.open.services.backups.status(settings.backup.folder);
  }),

  list: permittedProcedure('backup.manage')
    .input(backupListInputSchema)
    .query(async ({ ctx, input }) => listBackups(folderFor(await settingsOf(ctx.open), input.folder))),

  create: permittedProcedure('backup.manage')
    .input(backupCreateInputSchema)
    .mutation(async ({ ctx, input }) => {
      const settings = await settingsOf(ctx.open);
      const backup = await ctx.open.services.backups.create(folderFor(settings, input.folder), settings.backup.keep, ctx.session.actor);
      ctx.hub.events.emit('changed', { entities: ['backup'] });
      return backup;
    }),

  restore: permittedProcedure('backup.manage')
    .input(backupRestoreInputSchema)
    .mutation(({ ctx, input }) => ctx.hub.restoreBackup(input.file, ctx.session.actor)),
});
