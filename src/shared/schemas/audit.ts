import { z } from 'zod';

export const auditListInputSchema = z.object({
  /** Actions starting with this (`queue.` is everything done to the queue). */
  action: z.string().trim().max(80).optional(),
  /** Exactly these actions (the audit screen's action filter). */
  actions: z.array(z.string().trim().min(1).max(80)).min(1).max(100).optional(),
  entity: z.string().trim().max(80).optional(),
  entityId: z.string().trim().max(80).optional(),
  actorUserId: z.uuid().optional(),
  /** Everything about one patient: their record, and their appointments, visits, queue tickets, documents and the searches that showed them. */
  patientId: z.uuid().optional(),
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

/** Whom an entry is about, in words the screen can show: a patient's name and MRN, or a user's name. */
export type AuditSubject = { kind: 'patient'; patientId: string; fullName: string; mrn: string } | { kind: 'user'; userId: string; name: string };

/** An entry as the audit screen lists it: who it is about, looked up once per page. */
export interface ListedAuditEntry extends AuditEntry {
  subject: AuditSubject | null;
}

/** Someone who appears in the log as its actor, for the audit screen's "who" filter. */
export interface AuditActor {
  userId: string;
  name: string;
}

/**
 * Why a chain check failed: a row's hash does not match its content (edited), a number is
 * missing (missing), a row does not link to the one before (reordered), the chain ends before
 * an entry anchored outside the store (truncated), or an anchored entry is not the one anchored
 * (rewritten: it and everything after it were replaced and their hashes recomputed).
 */
export type AuditChainProblem = 'edited' | 'missing' | 'reordered' | 'truncated' | 'rewritten';

export type AuditVerifyResult =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAtSeq: number; problem: AuditChainProblem };

/** The chain's newest entry at a moment: kept outside the store, it pins every entry up to it. */
export interface AuditHead {
  seq: number;
  hash: string;
}

export interface AuditAnchor extends AuditHead {
  /** When the head was anchored. */
  at: string;
}

export type AuditCheckTrigger = 'start' | 'daily' | 'manual' | 'anchor';

export interface AuditCheck {
  at: string;
  trigger: AuditCheckTrigger;
  result: AuditVerifyResult;
}

/**
 * What the hub knows about its audit chain: the newest check, the first failed one (it stays
 * until the store is replaced, and is found again at the next start), and the head last
 * anchored in the keychain.
 */
export interface AuditHealth {
  lastCheck: AuditCheck | null;
  failure: AuditCheck | null;
  anchor: AuditAnchor | null;
}

/** Reads of patient data the log records (who saw whom); the audit screen shows them as viewed or searched. */
export const PATIENT_READ_ACTIONS = {
  record: 'patient.read',
  search: 'patient.search',
  history: 'patient.history.read',
  photo: 'patient.photo.read',
  visits: 'patient.visits.read',
  documents: 'patient.documents.read',
  chart: 'patient.chart.read',
  vitals: 'patient.vitals.read',
} as const;
