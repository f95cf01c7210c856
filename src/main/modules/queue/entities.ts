import { EntitySchema } from 'typeorm';
import type { Priority, QueueEntryStatus, VisitStatus } from '../../../shared/schemas/queue';

export interface VisitRecord {
  id: string;
  patientId: string;
  /** YYYY-MM-DD in the clinic's time zone: ticket numbers start again each clinic day. */
  clinicDate: string;
  chiefComplaint: string;
  priority: Priority;
  emergencyReason: string | null;
  ticketNo: string;
  status: VisitStatus;
  createdAt: string;
  updatedAt: string;
}

export interface QueueEntryRecord {
  id: string;
  visitId: string;
  roomId: string;
  status: QueueEntryStatus;
  /** Ordering key within a priority: arrival time in ms; a queue-jump goes below the lowest. */
  position: number;
  skipReturnsAfter: number | null;
  calledAt: string | null;
  calledCount: number;
  createdAt: string;
  updatedAt: string;
}


export const VisitEntity = new EntitySchema<VisitRecord>({
  name: 'Visit',
  tableName: 'visits',
  columns: {
    id: { type: 'text', primary: true },
    patientId: { type: 'text', name: 'patient_id' },
    clinicDate: { type: 'text', name: 'clinic_date' },
    chiefComplaint: { type: 'text', name: 'chief_complaint' },
    priority: { type: 'text' },
    emergencyReason: { type: 'text', name: 'emergency_reason', nullable: true },
    ticketNo: { type: 'text', name: 'ticket_no' },
    status: { type: 'text' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export const QueueEntryEntity = new EntitySchema<QueueEntryRecord>({
  name: 'QueueEntry',
  tableName: 'queue_entries',
  columns: {
    id: { type: 'text', primary: true },
    visitId: { type: 'text', name: 'visit_id' },
    roomId: { type: 'text', name: 'room_id' },
    status: { type: 'text' },
    position: { type: 'integer' },
    skipReturnsAfter: { type: 'integer', name: 'skip_returns_after', nullable: true },
    calledAt: { type: 'text', name: 'called_at', nullable: true },
    calledCount: { type: 'integer', name: 'called_count' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});
