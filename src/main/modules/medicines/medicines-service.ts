import { In, Not } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { Medicine, MedicineChoice, MedicinePrice, MedicinePriceInput, SaveMedicineInput } from '../../../shared/schemas/medicines';
import { medicineLabel, saveMedicineInputSchema, WALK_IN_TIER } from '../../../shared/schemas/medicines';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { PanelsService } from '../panels';
import { MedicineBarcodeEntity, MedicineEntity, MedicinePriceEntity, type MedicineRecord } from './entities';

type MedicineFields = Omit<Medicine, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'barcodes'>;

/** A medicine to write for the first time, with the barcodes and prices it comes with (an import's row). */
export type NewMedicine = MedicineFields & { barcodes?: readonly string[]; prices?: readonly MedicinePriceInput[] };

/** Rows an INSERT writes at once: 25 columns each stays well under SQLite's 32,766 bound values. */
const INSERT_ROWS = 200;

/**
 * The clinic's medicine master and pharmacy catalogue: searched when prescribing, kept in Setup,
 * looked up by barcode at the counter; retired, never deleted.
 */
export class MedicinesService {
  constructor(private readonly panels: PanelsService) {}

  async list(uow: UnitOfWork, includeRetired: boolean): Promise<Medicine[]> {
    const rows = await uow.db.getRepository(MedicineEntity).find({ where: includeRetired ? {} : { active: true }, order: { generic: 'ASC', strengthValue: 'ASC', form: 'ASC' } });
    return this.withBarcodes(uow, rows, includeRetired ? null : rows.map((row) => row.id));
  }

  async get(uow: UnitOfWork, id: string): Promise<Medicine> {
    const row = await uow.db.getRepository(MedicineEntity).findOneBy({ id });
    if (!row) throw new AppError('NOT_FOUND', { entity: 'medicine', id });
    const [medicine] = await this.withBarcodes(uow, [row], [id]);
    return medicine;
  }

  /** The medicines of these ids, in no particular order; ids not held are left out. */
  async byIds(uow: UnitOfWork, ids: readonly string[]): Promise<Medicine[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const rows = await uow.db.getRepository(MedicineEntity).findBy({ id: In(unique) });
    return this.withBarcodes(uow, rows, unique);
  }

  /** The medicines of these ids by id, as `get` reads one: an id not held is NOT_FOUND. */
  async getMany(uow: UnitOfWork, ids: readonly string[]): Promise<Map<string, Medicine>> {
    const found = new Map((await this.byIds(uow, ids)).map((medicine) => [medicine.id, medicine]));
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw new AppError('NOT_FOUND', { entity: 'medicine', id: missing });
    return found;
  }

  /** The item whose pack carries this barcode (retired ones too: the counter says so), or null. */
  async findByBarcode(uow: UnitOfWork, code: string): Promise<Medicine | null> {
    const held = await uow.db.getRepository(MedicineBarcodeEntity).findOneBy({ barcode: code.trim() });
    return held ? this.get(uow, held.medicineId) : null;
  }

  /** The selling prices per dispensing unit, walk-in first, then panels by name. */
  async prices(uow: UnitOfWork, medicineId: string): Promise<MedicinePrice[]> {
    const rows = await uow.db.getRepository(MedicinePriceEntity).findBy({ medicineId });
    const names = new Map((await this.panels.list(uow)).map((panel) => [panel.id, panel.name]));
    const prices = rows.map((row) => ({ tier: row.tier, panelName: names.get(row.tier) ?? null, priceSen: row.priceSen }));
    return prices.sort((a, b) => (a.tier === WALK_IN_TIER ? -1 : b.tier === WALK_IN_TIER ? 1 : (a.panelName ?? '').localeCompare(b.panelName ?? '')));
  }

  /** What one dispensing unit sells for: the panel's own price when it has one, else walk-in, else null (no price set). */
  async priceFor(uow: UnitOfWork, medicineId: string, panelId: string | null): Promise<number | null> {
    const tiers = panelId ? [panelId, WALK_IN_TIER] : [WALK_IN_TIER];
    const rows = await uow.db.getRepository(MedicinePriceEntity).findBy({ medicineId, tier: In(tiers) });
    const price = rows.find((row) => row.tier === panelId) ?? rows.find((row) => row.tier === WALK_IN_TIER);
    return price?.priceSen ?? null;
  }

  /**
   * Active medicines whose generic, brand, code or strength has a word starting with each word of
   * the query ("amox 500"); an exact code first, then generic-name starts, then brand starts.
   */
  async search(uow: UnitOfWork, query: string, limit: number): Promise<MedicineChoice[]> {
    const words = searchWords(query);
    if (words.length === 0) return [];
    // Consumables are stocked and charged, never prescribed.
    const builder = uow.db.getRepository(MedicineEntity).createQueryBuilder('m').where("m.active = 1 AND m.item_kind = 'medicine'");
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

  /**
   * Adds a medicine, or changes one when the editor's version is still the latest; barcodes and
   * prices, when given, replace the ones held. Audited with before and after, prices included.
   */
  async save(uow: UnitOfWork, input: SaveMedicineInput): Promise<Medicine> {
    const { id, version, barcodes, prices, ...fields } = saveMedicineInputSchema.parse(input);
    await this.assertCodeFree(uow, fields.code, id);
    if (barcodes) await this.assertBarcodesFree(uow, barcodes, id);
    if (prices) await this.assertTiersKnown(uow, prices);
    const repo = uow.db.getRepository(MedicineEntity);
    const now = uow.now.toISOString();
    if (!id) {
      const [row] = await this.insertMany(uow, [{ ...fields, barcodes, prices }]);
      const after = await this.get(uow, row.id);
      await uow.audit({ action: 'medicine.create', entity: 'medicine', entityId: after.id, after: { ...after, prices: await this.prices(uow, after.id) } });
      return after;
    }
    const before = await this.get(uow, id);
    const pricesBefore = await this.prices(uow, id);
    // The version in the WHERE makes a second editor's save fail instead of overwriting the first's.
    const result = await repo.update({ id, version: version ?? -1 }, { ...fields, searchText: searchTextOf(fields), version: before.version + 1, updatedAt: now });
    if (result.affected === 0) throw new AppError('CONFLICT', { reason: 'stale', entity: 'medicine', id });
    if (barcodes) {
      await uow.db.getRepository(MedicineBarcodeEntity).delete({ medicineId: id });
      await this.insertBarcodes(uow, barcodes.map((barcode) => ({ barcode, medicineId: id })));
    }
    if (prices) {
      await uow.db.getRepository(MedicinePriceEntity).delete({ medicineId: id });
      await this.insertPrices(uow, prices.map((price) => ({ ...price, medicineId: id })));
    }
    const after = await this.get(uow, id);
    await uow.audit({ action: 'medicine.update', entity: 'medicine', entityId: id, before: { ...before, prices: pricesBefore }, after: { ...after, prices: await this.prices(uow, id) } });
    return after;
  }

  /**
   * Writes new medicines, their barcodes and prices in statements of INSERT_ROWS rows (an import of
   * thousands), unaudited: the caller audits (one row per save, one per import). The caller has
   * checked that codes and barcodes are free and price tiers exist.
   */
  async insertMany(uow: UnitOfWork, many: readonly NewMedicine[]): Promise<MedicineRecord[]> {
    const now = uow.now.toISOString();
    const barcodes: Array<{ barcode: string; medicineId: string }> = [];
    const prices: Array<MedicinePriceInput & { medicineId: string }> = [];
    const rows: MedicineRecord[] = many.map(({ barcodes: itsBarcodes, prices: itsPrices, ...fields }) => {
      const id = uuidv7();
      for (const barcode of itsBarcodes ?? []) barcodes.push({ barcode, medicineId: id });
      for (const price of itsPrices ?? []) prices.push({ ...price, medicineId: id });
      return { ...withoutExtras(fields), id, version: 1, createdAt: now, updatedAt: now, searchText: searchTextOf(fields) };
    });
    for (let start = 0; start < rows.length; start += INSERT_ROWS) await uow.db.getRepository(MedicineEntity).insert(rows.slice(start, start + INSERT_ROWS));
    await this.insertBarcodes(uow, barcodes);
    await this.insertPrices(uow, prices);
    return rows;
  }

  /** Every barcode held, for an import to refuse rows that repeat one. */
  async barcodesInUse(uow: UnitOfWork): Promise<Set<string>> {
    const rows = await uow.db.getRepository(MedicineBarcodeEntity).find({ select: { barcode: true } });
    return new Set(rows.map((row) => row.barcode));
  }

  private async insertBarcodes(uow: UnitOfWork, barcodes: ReadonlyArray<{ barcode: string; medicineId: string }>): Promise<void> {
    const createdAt = uow.now.toISOString();
    const rows = barcodes.map((barcode) => ({ ...barcode, createdAt }));
    for (let start = 0; start < rows.length; start += INSERT_ROWS) await uow.db.getRepository(MedicineBarcodeEntity).insert(rows.slice(start, start + INSERT_ROWS));
  }

  private async insertPrices(uow: UnitOfWork, prices: ReadonlyArray<MedicinePriceInput & { medicineId: string }>): Promise<void> {
    const updatedAt = uow.now.toISOString();
    const rows = prices.map((price) => ({ medicineId: price.medicineId, tier: price.tier, priceSen: price.priceSen, updatedAt }));
    for (let start = 0; start < rows.length; start += INSERT_ROWS) await uow.db.getRepository(MedicinePriceEntity).insert(rows.slice(start, start + INSERT_ROWS));
  }

  /** `ids` null: every barcode (the whole list); else those of these medicines. */
  private async withBarcodes(uow: UnitOfWork, rows: MedicineRecord[], ids: readonly string[] | null): Promise<Medicine[]> {
    if (rows.length === 0) return [];
    const repo = uow.db.getRepository(MedicineBarcodeEntity);
    const held = await repo.find({ where: ids === null ? {} : { medicineId: In([...ids]) }, order: { barcode: 'ASC' } });
    const byMedicine = new Map<string, string[]>();
    for (const { medicineId, barcode } of held) byMedicine.set(medicineId, [...(byMedicine.get(medicineId) ?? []), barcode]);
    // Barcodes in code order, so a save that repeats them compares equal in the audit.
    return rows.map((row) => ({ ...toMedicine(row), barcodes: byMedicine.get(row.id) ?? [] }));
  }

  private async assertBarcodesFree(uow: UnitOfWork, barcodes: readonly string[], ownId: string | undefined): Promise<void> {
    if (barcodes.length === 0) return;
    const held = await uow.db.getRepository(MedicineBarcodeEntity).findOneBy({ barcode: In([...barcodes]), ...(ownId ? { medicineId: Not(ownId) } : {}) });
    if (!held) return;
    const holder = await uow.db.getRepository(MedicineEntity).findOneByOrFail({ id: held.medicineId });
    throw new AppError('MEDICINE_BARCODE_TAKEN', { barcode: held.barcode, generic: holder.generic, fields: ['barcodes'] });
  }

  /** A panel tier must name a panel the clinic has (retired ones too: an old price stays readable). */
  private async assertTiersKnown(uow: UnitOfWork, prices: readonly MedicinePriceInput[]): Promise<void> {
    const panels = new Set((await this.panels.list(uow)).map((panel) => panel.id));
    const unknown = prices.find((price) => price.tier !== WALK_IN_TIER && !panels.has(price.tier));
    if (unknown) throw new AppError('NOT_FOUND', { entity: 'panel', id: unknown.tier });
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

function toMedicine(row: MedicineRecord): Omit<Medicine, 'barcodes'> {
  const { searchText: _searchText, ...medicine } = row;
  return medicine;
}

/** A parsed save input carries id and version keys (undefined for a new one): not columns to insert. */
function withoutExtras<T extends object>(fields: T): Omit<T, 'id' | 'version'> {
  const { id: _id, version: _version, ...rest } = fields as T & { id?: unknown; version?: unknown };
  return rest;
}

function toChoice(row: MedicineRecord): MedicineChoice {
  const { id, code, generic, brand, form, strength, route, dispensingUnit, drugClass, defaultDoseValue, defaultDoseUnit, defaultFrequency, defaultDurationDays } = row;
  return { id, code, generic, brand, form, strength, route, dispensingUnit, drugClass, defaultDoseValue, defaultDoseUnit, defaultFrequency, defaultDurationDays };
}
