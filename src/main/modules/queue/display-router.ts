import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { QueueBoard } from '../../../shared/schemas/queue';
import type { OpenHub } from '../../api/core/context';
import { openStoreProcedure, runAsSystem } from '../../api/core/procedures';
import { t } from '../../api/core/trpc';
import { AppError } from '../../errors/app-error';
import { queueKey, type QueueServices } from './key';
import { displaySettings } from './display-settings';
import { boardUpdates } from './queue-board';

const pairingInputSchema = z.object({ pairingCode: z.string().trim().toUpperCase().min(1).max(64) });

function sameCode(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The board, as long as the code is still the clinic's pairing code. */
function pairedBoard(open: OpenHub, services: QueueServices, pairingCode: string): Promise<QueueBoard> {
  return runAsSystem(open, async (uow) => {
    const display = await services.settings.get(uow, displaySettings);
    if (!sameCode(pairingCode, display.pairingCode)) throw new AppError('DISPLAY_CODE_WRONG', { fields: ['pairingCode'] });
    return services.queue.board(uow);
  });
}

/**
 * The waiting-room TV, which has no user: it shows the board and nothing else, and only
 * with the pairing code from clinic settings. The code is checked again on every update,
 * so changing it in settings disconnects every display paired with the old one.
 */
export const displayRouter = t.router({
  board: openStoreProcedure('stream')
    .input(pairingInputSchema)
    .subscription(async ({ ctx, input, signal }) => {
      const services = ctx.open.services.of(queueKey);
      // Refused before the subscription starts, so a wrong code is an error the TV can show.
      const peer = ctx.connection.peer ?? 'unknown';
      services.pairingGuard.takeTry(peer);
      await pairedBoard(ctx.open, services, input.pairingCode);
      services.pairingGuard.recordSuccess(peer);
      return boardUpdates(ctx.hub.events, signal, () => pairedBoard(ctx.open, services, input.pairingCode));
    }),
});
