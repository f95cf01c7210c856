import { EntitySchema } from 'typeorm';
import type { Panel } from '../../../shared/schemas/panels';

export interface PanelRecord extends Panel {
  createdAt: string;
  updatedAt: string;
}

export const PanelEntity = new EntitySchema<PanelRecord>({
  name: 'Panel',
  tableName: 'panels',
  columns: {
    id: { type: 'text', primary: true },
    code: { type: 'text', unique: true },
    name: { type: 'text' },
    kind: { type: 'text' },
    active: { type: 'boolean' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});
