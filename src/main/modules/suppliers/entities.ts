import { EntitySchema } from 'typeorm';
import type { Supplier } from '../../../shared/schemas/purchasing';

export interface SupplierRecord extends Supplier {
  createdAt: string;
  updatedAt: string;
}

export const SupplierEntity = new EntitySchema<SupplierRecord>({
  name: 'Supplier',
  tableName: 'suppliers',
  columns: {
    id: { type: 'text', primary: true },
    name: { type: 'text' },
    contactPerson: { type: 'text', name: 'contact_person', nullable: true },
    phone: { type: 'text', nullable: true },
    email: { type: 'text', nullable: true },
    address: { type: 'text', nullable: true },
    paymentTermsDays: { type: 'integer', name: 'payment_terms_days' },
    leadTimeDays: { type: 'integer', name: 'lead_time_days' },
    active: { type: 'boolean' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});
