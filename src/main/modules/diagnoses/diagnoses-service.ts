import { readFile } from 'node:fs/promises';
import { In } from 'typeorm';
import type { Diagnosis, DiagnosisSearchInput, SetFavouriteDiagnosisInput } from '../../../shared/schemas/diagnoses';
import { assetFile } from '../../assets/app-assets';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import { FavouriteDiagnosisEntity, RecentDiagnosisEntity } from './entities';
import { dottedCode, Icd10Index, type Icd10Entry } from './icd10-index';

/** How many of a doctor's latest codes count as "recent" in the search. */
const RECENT_CODES = 50;

/** The shipped ICD-10-CM list (assets/data/icd10cm; SOURCE.md there says which release and from where). */
function readShippedList(): Promise<string> {
  return readFile(assetFile('data/icd10cm', 'icd10cm-codes.tsv'), 'utf8');
}

/**
 * ICD-10-CM diagnoses: the search a doctor picks codes with, their favourites, the codes they used
 * lately, and the check that a code recorded on a visit is one of the list.
 */
export class DiagnosesService {
  private index: Promise<Icd10Index> | undefined;

  constructor(private readonly readList: () => Promise<string> = readShippedList) {}

  /** The list, read on the first search (about a second, without blocking the hub) and kept while the store is open. */
  private list(): Promise<Icd10Index> {
    this.index ??= this.readList()
      .then((tsv) => Icd10Index.fromTsv(tsv))
      .catch((error: unknown) => {
        // A failed read is tried again by the next search rather than remembered.
        this.index = undefined;
        throw error;
      });
    return this.index;
  }

  /** The list itself, for searches no doctor types (the AI note's ICD-10 hints): the same index, read once. */
  lookup(): Promise<Pick<Icd10Index, 'search' | 'find'>> {
    return this.list();
  }

  /** Codes matching what the doctor typed, the doctor's own favourites and recent codes first. */
  async search(uow: UnitOfWork, userId: string, input: DiagnosisSearchInput): Promise<Diagnosis[]> {
    const [index, preferred] = await Promise.all([this.list(), this.preferredCodes(uow, userId)]);
    return index.search(input.query, input.limit, preferred);
  }

  /** The doctor's favourite codes, in code order. */
  async favourites(uow: UnitOfWork, userId: string): Promise<Diagnosis[]> {
    const index = await this.list();
    const rows = await uow.db.getRepository(FavouriteDiagnosisEntity).find({ where: { userId }, order: { code: 'ASC' } });
    return rows.flatMap((row) => {
      const entry = index.find(row.code);
      return entry ? [{ ...entry, preferred: true }] : [];
    });
  }

  async setFavourite(uow: UnitOfWork, userId: string, input: SetFavouriteDiagnosisInput): Promise<Diagnosis[]> {
    const [entry] = await this.entries([input.code]);
    const favourites = uow.db.getRepository(FavouriteDiagnosisEntity);
    const existing = await favourites.findOneBy({ userId, code: entry.code });
    const after = { code: entry.code, description: entry.description };
    if (input.favourite && !existing) {
      await favourites.insert({ userId, code: entry.code, createdAt: uow.now.toISOString() });
      await uow.audit({ action: 'diagnosisFavourite.add', entity: 'diagnosisFavourite', entityId: entry.code, after });
    } else if (!input.favourite && existing) {
      // A favourite is the doctor's own shortcut, not a clinical record: taking it off removes it.
      await favourites.delete({ userId, code: entry.code });
      await uow.audit({ action: 'diagnosisFavourite.remove', entity: 'diagnosisFavourite', entityId: entry.code, before: after });
    }
    return this.favourites(uow, userId);
  }

  /**
   * Records that the doctor put these codes on a visit, so the search offers them first next time.
   * Called by the consultation module inside the unit of work that saves (and audits) the
   * diagnoses themselves; the codes must be the list's (`describe` first).
   */
  async noteUsed(uow: UnitOfWork, userId: string, codes: readonly string[]): Promise<void> {
    const entries = await this.entries(codes);
    const recents = uow.db.getRepository(RecentDiagnosisEntity);
    const known = new Map((await recents.findBy({ userId, code: In(entries.map((e) => e.code)) })).map((row) => [row.code, row]));
    const lastUsedAt = uow.now.toISOString();
    for (const entry of entries) {
      await recents.save({ userId, code: entry.code, lastUsedAt, useCount: (known.get(entry.code)?.useCount ?? 0) + 1 });
    }
  }

  /** Each code's description, as printed on documents; refuses any code that is not in the list. */
  async describe(codes: readonly string[]): Promise<Map<string, string>> {
    return new Map((await this.entries(codes)).map((entry) => [entry.code, entry.description]));
  }

  private async entries(codes: readonly string[]): Promise<Icd10Entry[]> {
    const index = await this.list();
    const unique = [...new Set(codes.map(dottedCode))];
    const unknown = unique.filter((code) => !index.find(code));
    if (unknown.length > 0) throw new AppError('DIAGNOSIS_CODE_UNKNOWN', { codes: unknown.join(', ') });
    return unique.map((code) => index.find(code) as Icd10Entry);
  }

  /** Favourites first (rank 0…), then the latest used codes, most recent first. */
  private async preferredCodes(uow: UnitOfWork, userId: string): Promise<Map<string, number>> {
    const favourites = await uow.db.getRepository(FavouriteDiagnosisEntity).find({ where: { userId }, order: { code: 'ASC' } });
    const recents = await uow.db.getRepository(RecentDiagnosisEntity).find({ where: { userId }, order: { lastUsedAt: 'DESC' }, take: RECENT_CODES });
    const preferred = new Map<string, number>();
    for (const { code } of [...favourites, ...recents]) if (!preferred.has(code)) preferred.set(code, preferred.size);
    return preferred;
  }
}
