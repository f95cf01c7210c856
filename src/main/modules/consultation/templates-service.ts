import { IsNull } from 'typeorm';
import type { NoteTemplate, SaveTemplateInput, SoapNote } from '../../../shared/schemas/consultation';
import { AppError } from '../../errors/app-error';
import { SetupList } from '../../store/setup-list';
import type { UnitOfWork } from '../../work/unit-of-work';
import { NoteTemplateEntity, type NoteTemplateRecord } from './entities';

type TemplateItem = Omit<NoteTemplateRecord, 'createdAt' | 'updatedAt'>;

/**
 * Note templates: the clinic's own (URTI, hypertension follow-up, diabetes review…), kept by whoever
 * manages the clinic, and each doctor's favourites, kept by that doctor. Retired, never deleted.
 */
export class TemplatesService {
  private readonly templates = new SetupList<TemplateItem>(NoteTemplateEntity, 'noteTemplate', toItem, { name: 'ASC' });

  /** The clinic's active templates and the doctor's own, the doctor's first. */
  async forDoctor(uow: UnitOfWork, userId: string | null): Promise<NoteTemplate[]> {
    const rows = await uow.db.getRepository(NoteTemplateEntity).find({ where: [{ ownerId: IsNull() }, ...(userId ? [{ ownerId: userId }] : [])], order: { name: 'ASC' } });
    return rows.map(toTemplate).sort((a, b) => Number(b.ownerId !== null) - Number(a.ownerId !== null));
  }

  saveClinic(uow: UnitOfWork, input: SaveTemplateInput): Promise<NoteTemplate> {
    return this.save(uow, input, null);
  }

  /** A doctor's own template: only its owner changes it. */
  saveMine(uow: UnitOfWork, input: SaveTemplateInput): Promise<NoteTemplate> {
    const owner = uow.actor?.userId;
    if (!owner) throw new AppError('FORBIDDEN');
    return this.save(uow, input, owner);
  }

  private async save(uow: UnitOfWork, input: SaveTemplateInput, ownerId: string | null): Promise<NoteTemplate> {
    if (input.id && (await this.templates.get(uow, input.id)).ownerId !== ownerId) throw new AppError('FORBIDDEN');
    const saved = await this.templates.save(uow, { id: input.id, name: input.name, ownerId, active: input.active, ...input.note });
    return toTemplate(saved);
  }
}

function toItem(record: NoteTemplateRecord): TemplateItem {
  const { createdAt: _created, updatedAt: _updated, ...item } = record;
  return item;
}

function toTemplate(item: TemplateItem): NoteTemplate {
  const note: SoapNote = { subjective: item.subjective, objective: item.objective, assessment: item.assessment, plan: item.plan };
  return { id: item.id, name: item.name, ownerId: item.ownerId, note, active: item.active };
}
