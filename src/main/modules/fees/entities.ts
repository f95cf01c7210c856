import { EntitySchema } from 'typeorm';
import type { Fee } from '../../../shared/schemas/fees';

export interface FeeRecord extends Fee {
  createdAt: string;
  updatedAt: string;
}

export const FeeEntity = new EntitySchema<FeeRecord>({
  name: 'Fee',
  tableName: 'fees',
  columns: {
    id: { type: 'text', primary: true },
    code: { type: 'text', unique: true },
    name: { type: 'text' },
    kind: { type: 'text' },
    priceSen: { type: 'integer', name: 'price_sen' },
    taxable: { type: 'boolean' },
    doctorId: { type: 'text', name: 'doctor_id', nullable: true },
    fromTime: { type: 'text', name: 'from_time', nullable: true },
    toTime: { type: 'text', name: 'to_time', nullable: true },
    active: { type: 'boolean' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});
