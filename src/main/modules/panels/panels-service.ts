import { In } from 'typeorm';
import { savePanelInputSchema, type Panel, type PanelMembership, type SavePanelDraft } from '../../../shared/schemas/panels';
import type { UnitOfWork } from '../../work/unit-of-work';
import { AppError } from '../../errors/app-error';
import { SetupList } from '../../store/setup-list';
import { PanelEntity, type PanelRecord } from './entities';

/** The panels a clinic works with; a panel is retired (inactive), never deleted. */
export class PanelsService {
  private readonly panels = new SetupList<Panel>(PanelEntity, 'panel', toPanel, { name: 'ASC' });

  list(uow: UnitOfWork): Promise<Panel[]> {
    return this.panels.list(uow);
  }

  get(uow: UnitOfWork, id: string): Promise<Panel> {
    return this.panels.get(uow, id);
  }

  async save(uow: UnitOfWork, raw: SavePanelDraft): Promise<Panel> {
    const input = savePanelInputSchema.parse(raw);
    await this.panels.assertUnique(uow, 'code', input.code, input.id, 'PANEL_CODE_TAKEN');
    return this.panels.save(uow, input);
  }

  /**
   * Memberships may only name panels that exist; a newly added one must name an active panel,
   * while memberships already on the record keep a panel that was retired since.
   */
  async assertMemberships(uow: UnitOfWork, memberships: PanelMembership[], existing: PanelMembership[]): Promise<void> {
    const ids = [...new Set(memberships.map((m) => m.panelId))];
    if (ids.length === 0) return;
    const panels = new Map((await uow.db.getRepository(PanelEntity).findBy({ id: In(ids) })).map((p) => [p.id, p]));
    const kept = new Set(existing.map((m) => m.panelId));
    for (const id of ids) {
      const panel = panels.get(id);
      if (!panel) throw new AppError('NOT_FOUND', { entity: 'panel', id });
      if (!panel.active && !kept.has(id)) throw new AppError('PANEL_INACTIVE', { name: panel.name });
    }
  }

}

function toPanel(record: PanelRecord): Panel {
  const { createdAt: _created, updatedAt: _updated, ...panel } = record;
  return panel;
}
