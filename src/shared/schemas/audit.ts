import { z } from 'zod';

export const auditListInputSchema = z.object({
  action: z.string().trim().max(80).optional(),
  entity: z.string().trim().max(80).optional(),
  entityId: z.string().trim().max(80).optional(),
  actorUserId: z.uuid().optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  beforeSeq: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type AuditListInput = z.input<typeof auditListInputSchema>;

export interface AuditEntry {
  seq: number;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export type AuditVerifyResult =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAtSeq: number; problem: 'edited' | 'missing' | 'reordered' };
