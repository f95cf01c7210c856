import { In } from 'typeorm';
import { internationalPhone } from '../../../shared/phone-numbers';
import { saveSupplierInputSchema, type SaveSupplierInput, type Supplier } from '../../../shared/schemas/purchasing';
import { AppError } from '../../errors/app-error';
import { SetupList } from '../../store/setup-list';
import type { UnitOfWork } from '../../work/unit-of-work';
import { SupplierEntity, type SupplierRecord } from './entities';

/** The companies the clinic buys medicines from; a supplier is retired (inactive), never deleted. */
export class SuppliersService {
  private readonly suppliers = new SetupList<Supplier>(SupplierEntity, 'supplier', toSupplier, { name: 'ASC' });

  list(uow: UnitOfWork): Promise<Supplier[]> {
    return this.suppliers.list(uow);
  }

  get(uow: UnitOfWork, id: string): Promise<Supplier> {
    return this.suppliers.get(uow, id);
  }

  async save(uow: UnitOfWork, raw: SaveSupplierInput): Promise<Supplier> {
    const input = saveSupplierInputSchema.parse(raw);
    await this.assertNameFree(uow, input.name, input.id);
    const phone = input.phone === null ? null : internationalPhone(input.phone);
    if (input.phone !== null && phone === null) throw new AppError('PHONE_INVALID', { fields: ['phone'] });
    return this.suppliers.save(uow, { ...input, phone });
  }

  /** The supplier an order or delivery names: it must exist and still be active. */
  async assertActive(uow: UnitOfWork, id: string): Promise<Supplier> {
    const supplier = await this.suppliers.get(uow, id);
    if (!supplier.active) throw new AppError('SUPPLIER_INACTIVE', { name: supplier.name });
    return supplier;
  }

  async byIds(uow: UnitOfWork, ids: readonly string[]): Promise<Map<string, Supplier>> {
    if (ids.length === 0) return new Map();
    const rows = await uow.db.getRepository(SupplierEntity).findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((row) => [row.id, toSupplier(row)]));
  }

  // Names are compared ignoring case, as the store's unique index does.
  private async assertNameFree(uow: UnitOfWork, name: string, ownId: string | undefined): Promise<void> {
    const rows = await uow.db.query<{ id: string }[]>('SELECT id FROM suppliers WHERE name = ? COLLATE NOCASE', [name]);
    if (rows.some((row) => row.id !== ownId)) throw new AppError('SUPPLIER_NAME_TAKEN', { name, fields: ['name'] });
  }
}

function toSupplier(record: SupplierRecord): Supplier {
  const { createdAt: _created, updatedAt: _updated, ...supplier } = record;
  return supplier;
}
