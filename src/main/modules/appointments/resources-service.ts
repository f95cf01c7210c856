import type { Resource, SaveResourceInput } from '../../../shared/schemas/appointments';
import type { UnitOfWork } from '../../work/unit-of-work';
import { SetupList } from '../../store/setup-list';
import type { UsersService } from '../users';
import { ResourceEntity, type ResourceRecord } from './entities';

/** Nurses, therapists and equipment an appointment type may need besides the doctor. Retired, never deleted. */
export class ResourcesService {
  private readonly resources = new SetupList<Resource>(ResourceEntity, 'resource', toResource, { name: 'ASC' });

  constructor(private readonly users: UsersService) {}

  list(uow: UnitOfWork): Promise<Resource[]> {
    return this.resources.list(uow);
  }

  get(uow: UnitOfWork, id: string): Promise<Resource> {
    return this.resources.get(uow, id);
  }

  async save(uow: UnitOfWork, input: SaveResourceInput): Promise<Resource> {
    // A resource linked to a person must be linked to someone who exists.
    if (input.userId) await this.users.record(uow, input.userId);
    return this.resources.save(uow, input);
  }
}

function toResource(record: ResourceRecord): Resource {
  return { id: record.id, name: record.name, kind: record.kind, userId: record.userId, active: record.active };
}
