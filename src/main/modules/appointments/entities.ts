import { EntitySchema } from 'typeorm';
import type {
  AppointmentStatus,
  AppointmentType,
  BlockKind,
  Resource,
  ScheduleBreak,
  ScheduleSession,
} from '../../../shared/schemas/appointments';

export interface AppointmentTypeRecord extends AppointmentType {
  createdAt: string;
  updatedAt: string;
}

export interface ResourceRecord extends Resource {
  createdAt: string;
  updatedAt: string;
}

export interface DoctorScheduleRecord {
  doctorId: string;
  slotMinutes: number;
  sessions: ScheduleSession[];
  breaks: ScheduleBreak[];
  updatedAt: string;
}

/** Leave, blocked time or a holiday, as UTC instants: a leave across midnight is one row. */
export interface ScheduleBlockRecord {
  id: string;
  kind: BlockKind;
  doctorId: string | null;
  roomId: string | null;
  resourceId: string | null;
  startsAt: string;
  endsAt: string;
  reason: string;
  createdAt: string;
  updatedAt: string;
}

export interface AppointmentRecord {
  id: string;
  patientId: string;
  doctorId: string;
  typeId: string;
  roomId: string | null;
  resourceId: string | null;
  startsAt: string;
  endsAt: string;
  status: AppointmentStatus;
  notes: string;
  cancelReason: string | null;
  followUpOfVisitId: string | null;
  visitId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AppointmentStatusHistoryRecord {
  id: string;
  appointmentId: string;
  fromStatus: AppointmentStatus | null;
  toStatus: AppointmentStatus;
  at: string;
  byUserId: string | null;
  note: string;
}

const timestamps = {
  createdAt: { type: 'text', name: 'created_at' },
  updatedAt: { type: 'text', name: 'updated_at' },
} as const;

export const AppointmentTypeEntity = new EntitySchema<AppointmentTypeRecord>({
  name: 'AppointmentType',
  tableName: 'appointment_types',
  columns: {
    id: { type: 'text', primary: true },
    code: { type: 'text', unique: true },
    name: { type: 'text' },
    durationMinutes: { type: 'integer', name: 'duration_minutes' },
    roomKind: { type: 'text', name: 'room_kind', nullable: true },
    resourceKind: { type: 'text', name: 'resource_kind', nullable: true },
    active: { type: 'boolean' },
    ...timestamps,
  },
});

export const ResourceEntity = new EntitySchema<ResourceRecord>({
  name: 'Resource',
  tableName: 'resources',
  columns: {
    id: { type: 'text', primary: true },
    name: { type: 'text' },
    kind: { type: 'text' },
    userId: { type: 'text', name: 'user_id', nullable: true },
    active: { type: 'boolean' },
    ...timestamps,
  },
});

export const DoctorScheduleEntity = new EntitySchema<DoctorScheduleRecord>({
  name: 'DoctorSchedule',
  tableName: 'doctor_schedules',
  columns: {
    doctorId: { type: 'text', name: 'doctor_id', primary: true },
    slotMinutes: { type: 'integer', name: 'slot_minutes' },
    sessions: { type: 'simple-json', name: 'sessions_json' },
    breaks: { type: 'simple-json', name: 'breaks_json' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export const ScheduleBlockEntity = new EntitySchema<ScheduleBlockRecord>({
  name: 'ScheduleBlock',
  tableName: 'schedule_blocks',
  columns: {
    id: { type: 'text', primary: true },
    kind: { type: 'text' },
    doctorId: { type: 'text', name: 'doctor_id', nullable: true },
    roomId: { type: 'text', name: 'room_id', nullable: true },
    resourceId: { type: 'text', name: 'resource_id', nullable: true },
    startsAt: { type: 'text', name: 'starts_at' },
    endsAt: { type: 'text', name: 'ends_at' },
    reason: { type: 'text' },
    ...timestamps,
  },
});

export const AppointmentEntity = new EntitySchema<AppointmentRecord>({
  name: 'Appointment',
  tableName: 'appointments',
  columns: {
    id: { type: 'text', primary: true },
    patientId: { type: 'text', name: 'patient_id' },
    doctorId: { type: 'text', name: 'doctor_id' },
    typeId: { type: 'text', name: 'type_id' },
    roomId: { type: 'text', name: 'room_id', nullable: true },
    resourceId: { type: 'text', name: 'resource_id', nullable: true },
    startsAt: { type: 'text', name: 'starts_at' },
    endsAt: { type: 'text', name: 'ends_at' },
    status: { type: 'text' },
    notes: { type: 'text' },
    cancelReason: { type: 'text', name: 'cancel_reason', nullable: true },
    followUpOfVisitId: { type: 'text', name: 'follow_up_of_visit_id', nullable: true },
    visitId: { type: 'text', name: 'visit_id', nullable: true },
    ...timestamps,
  },
});

export const AppointmentStatusHistoryEntity = new EntitySchema<AppointmentStatusHistoryRecord>({
  name: 'AppointmentStatusHistory',
  tableName: 'appointment_status_history',
  columns: {
    id: { type: 'text', primary: true },
    appointmentId: { type: 'text', name: 'appointment_id' },
    fromStatus: { type: 'text', name: 'from_status', nullable: true },
    toStatus: { type: 'text', name: 'to_status' },
    at: { type: 'text' },
    byUserId: { type: 'text', name: 'by_user_id', nullable: true },
    note: { type: 'text' },
  },
});

/** Every table of the module, for the hub's entity list. */
export const APPOINTMENT_ENTITIES = [
  AppointmentTypeEntity,
  ResourceEntity,
  DoctorScheduleEntity,
  ScheduleBlockEntity,
  AppointmentEntity,
  AppointmentStatusHistoryEntity,
];
