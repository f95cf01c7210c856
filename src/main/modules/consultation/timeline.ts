import { In } from 'typeorm';
import type { TimelinePage } from '../../../shared/schemas/consultation';
import type { VisitHistoryInput } from '../../../shared/schemas/queue';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { VisitDirectory } from '../queue';
import type { UsersService } from '../users';
import type { EncounterReader } from './encounter-read';
import { EncounterEntity } from './entities';

/**
 * The chart's timeline: the patient's visits a page at a time (the queue's index walk, merged
 * duplicates included), each with the doctor and diagnoses recorded for it. A page costs the same
 * whether the patient came 5 times or 500.
 */
export class Timeline {
  constructor(
    private readonly visits: VisitDirectory,
    private readonly users: UsersService,
    private readonly reader: EncounterReader,
  ) {}

  async page(uow: UnitOfWork, input: Required<Pick<VisitHistoryInput, 'patientId' | 'limit'>> & Pick<VisitHistoryInput, 'cursor'>): Promise<TimelinePage> {
    const { visits, nextCursor } = await this.visits.history(uow, input);
    const encounters = visits.length === 0 ? [] : await uow.db.getRepository(EncounterEntity).find({ where: { visitId: In(visits.map((v) => v.visitId)) }, select: { id: true, visitId: true, doctorId: true, status: true } });
    const byVisit = new Map(encounters.map((e) => [e.visitId, e]));
    const diagnoses = await this.reader.diagnosesOf(uow, encounters.map((e) => e.id));
    const names = await this.users.namesOf(uow, encounters.map((e) => e.doctorId));
    return {
      nextCursor,
      visits: visits.map((visit) => {
        const encounter = byVisit.get(visit.visitId);
        return {
          ...visit,
          doctorName: encounter?.doctorId ? (names.get(encounter.doctorId) ?? null) : null,
          encounterStatus: encounter?.status ?? null,
          diagnoses: encounter ? (diagnoses.get(encounter.id) ?? []) : [],
        };
      }),
    };
  }
}
