import { In } from 'typeorm';
import { SOAP_SECTIONS, type Encounter, type EncounterDiagnosis, type SoapNote } from '../../../shared/schemas/consultation';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { UsersService } from '../users';
import { EncounterDiagnosisEntity, NoteAmendmentEntity, type EncounterRecord } from './entities';

/** Turns encounter rows into what the API returns: names for user ids, diagnoses, amendments applied. */
export class EncounterReader {
  constructor(private readonly users: UsersService) {}

  async read(uow: UnitOfWork, record: EncounterRecord): Promise<Encounter> {
    const diagnoses = await this.diagnosesOf(uow, [record.id]);
    const amendments = await uow.db.getRepository(NoteAmendmentEntity).find({ where: { encounterId: record.id }, order: { amendedAt: 'ASC', id: 'ASC' } });
    const names = await this.users.namesOf(uow, [record.doctorId, record.updatedBy, record.signedBy, ...amendments.map((a) => a.amendedBy)]);
    const written = noteOf(record);
    const note = { ...written };
    for (const amendment of amendments) note[amendment.section] = amendment.afterText;
    return {
      id: record.id,
      visitId: record.visitId,
      patientId: record.patientId,
      doctorId: record.doctorId,
      doctorName: nameOf(names, record.doctorId),
      status: record.status,
      note,
      signedNote: record.status === 'signed' ? written : null,
      diagnoses: diagnoses.get(record.id) ?? [],
      amendments: amendments.map((a) => ({
        id: a.id,
        section: a.section,
        before: a.beforeText,
        after: a.afterText,
        reason: a.reason,
        amendedBy: nameOf(names, a.amendedBy) ?? '',
        amendedAt: a.amendedAt,
      })),
      version: record.version,
      updatedAt: record.updatedAt,
      updatedByName: nameOf(names, record.updatedBy),
      signedAt: record.signedAt,
      signedByName: nameOf(names, record.signedBy),
    };
  }

  /** Each encounter's diagnoses, the primary first, in one query. */
  async diagnosesOf(uow: UnitOfWork, encounterIds: readonly string[]): Promise<Map<string, EncounterDiagnosis[]>> {
    const byEncounter = new Map<string, EncounterDiagnosis[]>();
    if (encounterIds.length === 0) return byEncounter;
    const rows = await uow.db.getRepository(EncounterDiagnosisEntity).find({ where: { encounterId: In([...encounterIds]) }, order: { position: 'ASC' } });
    for (const row of rows) {
      const list = byEncounter.get(row.encounterId) ?? [];
      list.push({ code: row.code, description: row.description, primary: row.isPrimary });
      byEncounter.set(row.encounterId, list);
    }
    for (const list of byEncounter.values()) list.sort((a, b) => Number(b.primary) - Number(a.primary));
    return byEncounter;
  }
}

function noteOf(record: EncounterRecord): SoapNote {
  return Object.fromEntries(SOAP_SECTIONS.map((section) => [section, record[section]])) as SoapNote;
}

function nameOf(names: Map<string, string>, id: string | null): string | null {
  return id === null ? null : (names.get(id) ?? null);
}
