import { v7 as uuidv7 } from 'uuid';
import type { Medicine, MedicineChoice, SaveMedicineInput } from '../../../shared/schemas/medicines';
import { medicineLabel, saveMedicineInputSchema } from '../../../shared/schemas/medicines';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import { MedicineEntity, type MedicineRecord } from './entities';

type MedicineFields = Omit<Medicine, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

/** Rows an INSERT writes at once: 25 columns each stays well under SQLite's 32,766 bound values. */
const INSERT_ROWS = 200;

/** The clinic's medicine master: searched when prescribing, kept in Setup; retired, never deleted. */
export class MedicinesService {
  async list(uow: UnitOfWork, includeRetired: boolean): Promise<Medicine[]> {
    const rows = await uow.db.getRepository(MedicineEntity).find({ where: includeRetired ? {} : { active: true }, order: { generic: 'ASC', strengthValue: 'ASC', form: 'ASC' } });
    return rows.map(toMedicine);
  }

  async get(uow: UnitOfWork, id: string): Promise<Medicine> {
    const row = await uow.db.getRepository(MedicineEntity).findOneBy({ id });
    if (!row) throw new AppError('NOT_FOUND', { entity: 'medicine', id });
    return toMedicine(row);
  }

  /**
   * Active medicines whose generic, brand, code or strength has a word starting with each word of
   * the query ("amox 500"); an exact code first, then generic-name starts, then brand starts.
   */
  async search(uow: UnitOfWork, query: string, limit: number): Promise<MedicineChoice[]> {
    const words = searchWords(query);
    if (words.length === 0) return [];
    const builder = uow.db.getRepository(MedicineEntity).createQueryBuilder('m').where('m.active = 1');
    words.forEach((word, index) => builder.andWhere(`m.search_text LIKE :w${index} ESCAPE '\\'`, { [`w${index}`]: `% ${likeEscaped(word)}%` }));
    const first = likeEscaped(words[0]);
    const rows = await builder
      .addSelect(`CASE WHEN m.code = :code THEN 0 WHEN m.generic LIKE :start ESCAPE '\\' THEN 1 WHEN m.brand LIKE :start ESCAPE '\\' THEN 2 ELSE 3 END`, 'rank')
      .setParameters({ code: words[0].toUpperCase(), start: `${first}%` })
      .orderBy('rank', 'ASC')
      .addOrderBy('m.generic', 'ASC')
      .addOrderBy('m.strength_value', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map(toChoice);
  }

  /** Adds a medicine, or changes one when the editor's version is still the latest; audited with before and after. */
  async save(uow: UnitOfWork, input: SaveMedicineInput): Promise<Medicine> {
    const { id, version, ...fields } = saveMedicineInputSchema.parse(input);
    await this.assertCodeFree(uow, fields.code, id);
    const repo = uow.db.getRepository(MedicineEntity);
    const now = uow.now.toISOString();
    if (!id) {
      const row = await this.insert(uow, fields);
      const after = toMedicine(row);
      await uow.audit({ action: 'medicine.create', entity: 'medicine', entityId: after.id, after });
      return after;
    }
    const before = await this.get(uow, id);
    // The version in the WHERE makes a second editor's save fail instead of overwriting the first's.
    const result = await repo.update({ id, version: version ?? -1 }, { ...fields, searchText: searchTextOf(fields), version: before.version + 1, updatedAt: now });
    if (result.affected === 0) throw new AppError('CONFLICT', { reason: 'stale', entity: 'medicine', id });
    const after = await this.get(uow, id);
    await uow.audit({ action: 'medicine.update', entity: 'medicine', entityId: id, before, after });
    return after;
  }

  /** Writes a new medicine without auditing it: the caller audits (one row per save, one per import). */
  async insert(uow: UnitOfWork, fields: MedicineFields): Promise<MedicineRecord> {
    const [row] = await this.insertMany(uow, [fields]);
    return row;
  }

  /** Writes new medicines in statements of INSERT_ROWS rows (an import of thousands), unaudited as `insert`. */
  async insertMany(uow: UnitOfWork, many: readonly MedicineFields[]): Promise<MedicineRecord[]> {
    const now = uow.now.toISOString();
    const rows: MedicineRecord[] = many.map((fields) => ({ ...fields, id: uuidv7(), version: 1, createdAt: now, updatedAt: now, searchText: searchTextOf(fields) }));
    for (let start = 0; start < rows.length; start += INSERT_ROWS) await uow.db.getRepository(MedicineEntity).insert(rows.slice(start, start + INSERT_ROWS));
    return rows;
  }

  /** Every medicine's name, retired ones too, for lists of thousands (stock, valuation) without loading whole records. */
  async labels(uow: UnitOfWork): Promise<Map<string, string>> {
    const rows = await uow.db
      .getRepository(MedicineEntity)
      .createQueryBuilder('m')
      .select(['m.id AS id', 'm.generic AS generic', 'm.strength AS strength', 'm.form AS form', 'm.brand AS brand'])
      .getRawMany<{ id: string; generic: string; strength: string; form: string; brand: string | null }>();
    return new Map(rows.map((row) => [row.id, medicineLabel(row)]));
  }

  /** The codes already held, upper-case, for an import to refuse rows that repeat one. */
  async codesInUse(uow: UnitOfWork): Promise<Set<string>> {
    const rows = await uow.db.getRepository(MedicineEntity).createQueryBuilder('m').select('m.code', 'code').where('m.code IS NOT NULL').getRawMany<{ code: string }>();
    return new Set(rows.map((row) => row.code));
  }

  private async assertCodeFree(uow: UnitOfWork, code: string | null, ownId: string | undefined): Promise<void> {
    if (!code) return;
    const holder = await uow.db.getRepository(MedicineEntity).findOneBy({ code });
    if (holder && holder.id !== ownId) throw new AppError('MEDICINE_CODE_TAKEN', { code, generic: holder.generic, fields: ['code'] });
  }
}

/** Lower-case words of a query; punctuation other than the strength's (". / %") splits words. */
function searchWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^a-z0-9./%-]+/)
    .filter((word) => word.length > 0)
    .slice(0, 6);
}

function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function searchTextOf(fields: Pick<MedicineFields, 'generic' | 'brand' | 'code' | 'strength'>): string {
  return ` ${[fields.generic, fields.brand, fields.code, fields.strength].filter(Boolean).join(' ').toLowerCase().replace(/\s+/g, ' ')}`;
}

function toMedicine(row: MedicineRecord): Medicine {
  const { searchText: _searchText, ...medicine } = row;
  return medicine;
}

function toChoice(row: MedicineRecord): MedicineChoice {
  const { id, code, generic, brand, form, strength, route, dispensingUnit, drugClass, defaultDoseValue, defaultDoseUnit, defaultFrequency, defaultDurationDays } = row;
  return { id, code, generic, brand, form, strength, route, dispensingUnit, drugClass, defaultDoseValue, defaultDoseUnit, defaultFrequency, defaultDurationDays };
}
