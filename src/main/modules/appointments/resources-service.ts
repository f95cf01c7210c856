import { v7 as uuidv7 } from 'uuid';
import type { Resource, SaveResourceInput } from '../../../shared/schemas/appointments';
import type { UnitOfWork } from '../../audit/unit-of-work';
import { AppError } from '../../errors/app-error';
import type { UsersService } from '../users/users-service';
import { ResourceEntity, type ResourceRecord } from './entities';

/** Nurses, therapists and equipment an appointment type may need besides the doctor. Retired, never deleted. */
export class ResourcesService {
  constructor(private readonly users: UsersService) {}

  async list(uow: UnitOfWork): Promise<Resource[]> {
    const records = await uow.db.getRepository(ResourceEntity).find({ order: { name: 'ASC' } });
    return records.map(toResource);
  }

  async get(uow: UnitOfWork, id: string): Promise<Resource> {
    const record = await uow.db.getRepository(ResourceEntity).findOneBy({ id });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'resource', id });
    return toResource(record);
  }

  async save(uow: UnitOfWork, input: SaveResourceInput): Promise<Resource> {
    if (input.userId) await this.users.record(uow, input.userId);
    const repo = uow.db.getRepository(ResourceEntity);
    const now = uow.now.toISOString();
    const { id, ...fields } = input;
    if (!id) {
      const resource: Resource = { id: uuidv7(), ...fields };
      await repo.insert({ ...resource, createdAt: now, updatedAt: now });
      await uow.audit({ action: 'resource.create', entity: 'resource', entityId: resource.id, after: resource });
      return resource;
    }
    const before = await this.get(uow, id);
    await repo.update({ id }, { ...fields, updatedAt: now });
    const after = await this.get(uow, id);
    await uow.audit({ action: 'resource.update', entity: 'resource', entityId: id, before, after });
    return after;
  }
}

function toResource(record: ResourceRecord): Resource {
  return { id: record.id, name: record.name, kind: record.kind, userId: record.userId, active: record.active };
}
