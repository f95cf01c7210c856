import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { Panel, PanelMembership, SavePanelInput } from '../../../shared/schemas/panels';
import type { UnitOfWork } from '../../audit/unit-of-work';
import { AppError } from '../../errors/app-error';
import { PanelEntity, type PanelRecord } from './entities';

/** The panels a clinic works with; a panel is retired (inactive), never deleted. */
export class PanelsService {
  async list(uow: UnitOfWork): Promise<Panel[]> {
    const records = await uow.db.getRepository(PanelEntity).find({ order: { name: 'ASC' } });
    return records.map(toPanel);
  }

  async save(uow: UnitOfWork, input: SavePanelInput): Promise<Panel> {
    const repo = uow.db.getRepository(PanelEntity);
    const sameCode = await repo.findOneBy({ code: input.code });
    if (sameCode && sameCode.id !== input.id) throw new AppError('PANEL_CODE_TAKEN', { code: input.code });
    const now = uow.now.toISOString();
    const fields = { code: input.code, name: input.name, kind: input.kind, active: input.active };
    if (!input.id) {
      const panel: Panel = { id: uuidv7(), ...fields };
      await repo.insert({ ...panel, createdAt: now, updatedAt: now });
      await uow.audit({ action: 'panel.create', entity: 'panel', entityId: panel.id, after: panel });
      return panel;
    }
    const before = await this.get(uow, input.id);
    await repo.update({ id: input.id }, { ...fields, updatedAt: now });
    const after = await this.get(uow, input.id);
    await uow.audit({ action: 'panel.update', entity: 'panel', entityId: input.id, before, after });
    return after;
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

  private async get(uow: UnitOfWork, id: string): Promise<Panel> {
    const record = await uow.db.getRepository(PanelEntity).findOneBy({ id });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'panel', id });
    return toPanel(record);
  }
}

function toPanel(record: PanelRecord): Panel {
  return { id: record.id, code: record.code, name: record.name, kind: record.kind, active: record.active };
}
