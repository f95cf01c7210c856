import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  SOAP_SECTIONS,
  type AmendNoteInput,
  type Encounter,
  type FinishedVisit,
  type SaveDiagnosesInput,
  type SaveNoteInput,
  type SoapNote,
  type VisitRecord,
} from '../../../shared/schemas/consultation';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { QueueService, VisitDirectory, VisitSummary } from '../queue';
import type { RoomsService } from '../rooms';
import { EncounterDiagnosisEntity, EncounterEntity, NoteAmendmentEntity, type EncounterRecord } from './entities';
import { type EncounterReader } from './encounter-read';
import { nextStation } from './hand-off-rules';

/** What the consultation asks of the modules that list a visit's codes and its medicines. */
export interface DiagnosisCatalogue {
  /** Each code's description; refuses a code that is not in the list (codes are never typed by hand). */
  describe(codes: readonly string[]): Promise<Map<string, string>>;
  /** The doctor used these codes: they come first in the doctor's next searches. */
  noteUsed(uow: UnitOfWork, userId: string, codes: readonly string[]): Promise<void>;
}

export interface DispensingQuestion {
  /** Whether the visit has anything for the clinic's dispensary to hand over. */
  hasItemsToDispense(uow: UnitOfWork, visitId: string): Promise<boolean>;
}

/**
 * The doctor's record of one visit. The note is a draft while the visit is open, saved as it is
 * typed (every save quotes the version it started from, so a second person editing is told, not
 * overwritten). Finishing the visit signs it and hands the ticket on; after that the note changes
 * only by amendment, the signed text kept.
 */
export class EncounterService {
  constructor(
    private readonly visits: VisitDirectory,
    private readonly queue: QueueService,
    private readonly rooms: RoomsService,
    private readonly diagnoses: DiagnosisCatalogue,
    private readonly dispensing: DispensingQuestion,
    private readonly reader: EncounterReader,
  ) {}

  /** The visit, and its encounter or null before anyone wrote in it. */
  async forVisit(uow: UnitOfWork, visitId: string): Promise<VisitRecord> {
    const visit = await this.visits.get(uow, visitId);
    const record = await this.recordOf(uow, visit.id);
    return { visit, encounter: record ? await this.reader.read(uow, record) : null };
  }

  /** The doctor who saw each of these visits (who signed, or is writing, its note); visits with no consultation are left out. */
  async doctorsOf(uow: UnitOfWork, visitIds: readonly string[]): Promise<Map<string, string>> {
    if (visitIds.length === 0) return new Map();
    const rows = await uow.db.getRepository(EncounterEntity).findBy({ visitId: In([...new Set(visitIds)]) });
    return new Map(rows.flatMap((row) => (row.doctorId ? [[row.visitId, row.doctorId] as const] : [])));
  }

  /** The visits whose consultation was finished (signed) since an instant, oldest first: the counter's worklist. */
  async finishedSince(uow: UnitOfWork, sinceIso: string): Promise<{ visitId: string; patientId: string; finishedAt: string }[]> {
    const rows = await uow.db.getRepository(EncounterEntity).createQueryBuilder('e').where('e.signed_at >= :sinceIso', { sinceIso }).orderBy('e.signed_at', 'ASC').getMany();
    return rows.map((row) => ({ visitId: row.visitId, patientId: row.patientId, finishedAt: row.signedAt ?? sinceIso }));
  }

  async saveNote(uow: UnitOfWork, input: SaveNoteInput): Promise<Encounter> {
    const { record, created } = await this.draftFor(uow, input.visitId, input.version);
    const changed = SOAP_SECTIONS.filter((section) => record[section] !== input.note[section]);
    if (changed.length === 0 && !created) return this.reader.read(uow, record);
    const updated = await this.write(uow, record, { ...input.note });
    // The text itself is in the encounter (and, once signed, kept with every amendment); the audit row says which parts changed.
    await uow.audit({ action: 'consultation.saveNote', entity: 'consultation', entityId: record.id, before: { version: record.version }, after: { version: updated.version, sections: changed } });
    return this.reader.read(uow, updated);
  }

  async saveDiagnoses(uow: UnitOfWork, input: SaveDiagnosesInput): Promise<Encounter> {
    const { record } = await this.draftFor(uow, input.visitId, input.version);
    const descriptions = await this.diagnoses.describe(input.diagnoses.map((d) => d.code));
    const repository = uow.db.getRepository(EncounterDiagnosisEntity);
    const before = await repository.find({ where: { encounterId: record.id }, order: { position: 'ASC' } });
    await repository.delete({ encounterId: record.id });
    await repository.insert(
      input.diagnoses.map((diagnosis, position) => ({
        id: uuidv7(),
        encounterId: record.id,
        code: diagnosis.code,
        description: descriptions.get(diagnosis.code) ?? '',
        isPrimary: diagnosis.primary,
        position,
      })),
    );
    const updated = await this.write(uow, record, {});
    if (uow.actor) await this.diagnoses.noteUsed(uow, uow.actor.userId, input.diagnoses.map((d) => d.code));
    await uow.audit({
      action: 'consultation.saveDiagnoses',
      entity: 'consultation',
      entityId: record.id,
      before: { codes: before.map((d) => d.code) },
      after: { codes: input.diagnoses.map((d) => d.code), primary: input.diagnoses.find((d) => d.primary)?.code ?? null },
    });
    return this.reader.read(uow, updated);
  }

  /**
   * Signs the note as the signed-in doctor and hands the visit on: its ticket moves to the
   * dispensary or the cashier (see nextStation), where it waits and is called like any other.
   */
  async finish(uow: UnitOfWork, visitId: string, version: number): Promise<FinishedVisit> {
    const { record, visit } = await this.draftFor(uow, visitId, version);
    const diagnosisCount = await uow.db.getRepository(EncounterDiagnosisEntity).countBy({ encounterId: record.id });
    if (SOAP_SECTIONS.every((section) => record[section].trim() === '') && diagnosisCount === 0) throw new AppError('NOTE_EMPTY', { ticketNo: visit.ticketNo });
    const signer = uow.actor?.userId ?? null;
    const signedAt = uow.now.toISOString();
    const signed = await this.write(uow, record, { status: 'signed', doctorId: signer ?? record.doctorId, signedAt, signedBy: signer });
    const handedTo = await this.handOn(uow, visit);
    await uow.audit({
      action: 'consultation.finish',
      entity: 'consultation',
      entityId: record.id,
      before: { status: record.status },
      after: { status: 'signed', ticketNo: visit.ticketNo, handedTo: handedTo?.roomName ?? null },
    });
    await uow.raise('visit.finished', { visitId: visit.id, handedTo: handedTo?.kind ?? null });
    return { encounter: await this.reader.read(uow, signed), ticketNo: visit.ticketNo, handedTo };
  }

  /** A correction to a signed note: the signed text stays as signed, the amendment says who, when and why. */
  async amend(uow: UnitOfWork, input: AmendNoteInput): Promise<Encounter> {
    const record = await this.recordOf(uow, input.visitId);
    if (!record || record.status !== 'signed') throw new AppError('NOTE_NOT_SIGNED');
    const current = (await this.reader.read(uow, record)).note[input.section];
    if (current === input.text) throw new AppError('AMENDMENT_UNCHANGED');
    const amendment = {
      id: uuidv7(),
      encounterId: record.id,
      section: input.section,
      beforeText: current,
      afterText: input.text,
      reason: input.reason,
      amendedBy: uow.actor?.userId ?? null,
      amendedAt: uow.now.toISOString(),
    };
    await uow.db.getRepository(NoteAmendmentEntity).insert(amendment);
    const updated = await this.write(uow, record, {});
    await uow.audit({ action: 'consultation.amend', entity: 'consultation', entityId: record.id, after: { amendmentId: amendment.id, section: input.section, reason: input.reason } });
    return this.reader.read(uow, updated);
  }

  private async handOn(uow: UnitOfWork, visit: VisitSummary): Promise<FinishedVisit['handedTo']> {
    const ticket = await this.queue.openVisitToday(uow, visit.patientId);
    if (!ticket || ticket.visitId !== visit.id) return null;
    const station = nextStation(await this.rooms.list(uow), await this.dispensing.hasItemsToDispense(uow, visit.id));
    if (!station) {
      await this.queue.complete(uow, ticket.entryId);
      return null;
    }
    if (station.id !== ticket.roomId) await this.queue.transfer(uow, ticket.entryId, station.id);
    return { roomId: station.id, roomName: station.name, kind: station.kind };
  }

  /**
   * The visit's draft to write in, made on first use. The visit must be open, the note not yet
   * signed, and `version` the one the writer's screen holds.
   */
  private async draftFor(uow: UnitOfWork, visitId: string, version: number): Promise<{ record: EncounterRecord; visit: VisitSummary; created: boolean }> {
    const visit = await this.visits.open(uow, visitId);
    const existing = await this.recordOf(uow, visit.id);
    if (existing?.status === 'signed') throw new AppError('VISIT_CLOSED', { ticketNo: visit.ticketNo, status: 'signed' });
    if ((existing?.version ?? 0) !== version) {
      throw new AppError('CONFLICT', { reason: 'stale', currentVersion: existing?.version ?? 0, changedBy: existing ? (await this.reader.read(uow, existing)).updatedByName : null });
    }
    if (existing) return { record: existing, visit, created: false };
    const now = uow.now.toISOString();
    const record: EncounterRecord = {
      id: uuidv7(),
      visitId: visit.id,
      patientId: visit.patientId,
      doctorId: uow.actor?.userId ?? null,
      status: 'draft',
      subjective: '',
      objective: '',
      assessment: '',
      plan: '',
      version: 0,
      createdAt: now,
      updatedAt: now,
      updatedBy: uow.actor?.userId ?? null,
      signedAt: null,
      signedBy: null,
    };
    await uow.db.getRepository(EncounterEntity).insert(record);
    return { record, visit, created: true };
  }

  private async write(uow: UnitOfWork, record: EncounterRecord, changes: Partial<SoapNote> & Partial<EncounterRecord>): Promise<EncounterRecord> {
    const updated = { ...record, ...changes, version: record.version + 1, updatedAt: uow.now.toISOString(), updatedBy: uow.actor?.userId ?? null };
    const result = await uow.db.getRepository(EncounterEntity).update({ id: record.id, version: record.version }, { ...changes, version: updated.version, updatedAt: updated.updatedAt, updatedBy: updated.updatedBy });
    if (result.affected !== 1) throw new AppError('CONFLICT', { reason: 'stale' });
    return updated;
  }

  private recordOf(uow: UnitOfWork, visitId: string): Promise<EncounterRecord | null> {
    return uow.db.getRepository(EncounterEntity).findOneBy({ visitId });
  }
}
