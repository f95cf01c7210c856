import { Between, IsNull, type EntitySchema } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { RegisterEntry, RegisterReceipt, RegisterSupply } from '../../../shared/schemas/registers';
import { registerSupplySchema } from '../../../shared/schemas/registers';
import { isControlled, REGISTER_OF } from '../../../shared/pharmacy/legal-classes';
import { AppError } from '../../errors/app-error';
import { humanNumber, nextInSequence } from '../../store/sequences';
import type { UnitOfWork } from '../../work/unit-of-work';
import { PrescriptionBookEntryEntity, PsychotropicEntryEntity, type RegisterEntryRecord } from './entities';

/** How a register numbers its entries: its own series per year (PB-2026-000123), as a bound book is kept a year at a time. */
interface RegisterSeries {
  entity: EntitySchema<RegisterEntryRecord>;
  prefix: string;
  /** Sequence name before the year; a branch's series will be `<name>:<branch>:<year>`. */
  sequence: string;
}

const PRESCRIPTION_BOOK: RegisterSeries = { entity: PrescriptionBookEntryEntity, prefix: 'PB', sequence: 'prescription-book' };
const PSYCHOTROPIC: RegisterSeries = { entity: PsychotropicEntryEntity, prefix: 'PSY', sequence: 'psychotropic-register' };

/**
 * The Poisons Act 1952 registers, written by the dispensing inside its own unit of work: a
 * serial taken here rolls back with the dispensing, so the book has neither gaps nor repeats.
 */
export class RegistersService {
  /**
   * Enters one supply: a Prescription Book entry (s24) for every poison, and for a psychotropic
   * an entry in its own register too. An over-the-counter medicine is in no register.
   */
  async recordSupply(uow: UnitOfWork, supply: RegisterSupply): Promise<RegisterReceipt> {
    const entry = registerSupplySchema.parse(supply);
    if (!isControlled(entry.legalClass)) return { serial: null, psychotropicSerial: null };
    // s24: a supply without a prescription is entered with the buyer's address.
    if (!entry.prescriptionRef && !entry.patientAddress) throw new AppError('REGISTER_ADDRESS_REQUIRED', { medicine: entry.medicineLabel });
    if (entry.repeatOf && !(await uow.db.getRepository(PrescriptionBookEntryEntity).existsBy({ serial: entry.repeatOf }))) {
      throw new AppError('REGISTER_ENTRY_NOT_FOUND', { serial: entry.repeatOf });
    }
    const serial = await this.write(uow, PRESCRIPTION_BOOK, entry, null);
    const psychotropicSerial = REGISTER_OF[entry.legalClass] === 'psychotropic' ? await this.write(uow, PSYCHOTROPIC, entry, serial) : null;
    return { serial, psychotropicSerial };
  }

  /** Marks the entries of a reversed dispensing cancelled, with the reason; the entries stay in the book. */
  async cancelSupply(uow: UnitOfWork, dispensingId: string, reason: string): Promise<number> {
    const why = reason.trim();
    if (!why) throw new AppError('REGISTER_CANCEL_REASON_REQUIRED');
    let cancelled = 0;
    for (const series of [PRESCRIPTION_BOOK, PSYCHOTROPIC]) {
      const repository = uow.db.getRepository(series.entity);
      const entries = await repository.findBy({ dispensingId, cancelledAt: IsNull() });
      for (const entry of entries) {
        await repository.update({ id: entry.id }, { cancelledAt: uow.now.toISOString(), cancelReason: why });
        await uow.audit({ action: 'register.cancel', entity: 'register', entityId: entry.id, after: { serial: entry.serial, dispensingId, reason: why } });
      }
      cancelled += entries.length;
    }
    return cancelled;
  }

  prescriptionBook(uow: UnitOfWork, range: { from: string; to: string }): Promise<RegisterEntry[]> {
    return this.entries(uow, PRESCRIPTION_BOOK, range);
  }

  psychotropic(uow: UnitOfWork, range: { from: string; to: string }): Promise<RegisterEntry[]> {
    return this.entries(uow, PSYCHOTROPIC, range);
  }

  private async entries(uow: UnitOfWork, series: RegisterSeries, range: { from: string; to: string }): Promise<RegisterEntry[]> {
    const records = await uow.db.getRepository(series.entity).find({ where: { entryDate: Between(range.from, range.to) }, order: { serial: 'ASC' } });
    return records.map(toEntry);
  }

  private async write(uow: UnitOfWork, series: RegisterSeries, entry: RegisterSupply, bookSerial: string | null): Promise<string> {
    const year = entry.date.slice(0, 4);
    const serial = humanNumber(`${series.prefix}-${year}`, await nextInSequence(uow.db, `${series.sequence}:${year}`));
    const record: RegisterEntryRecord = {
      id: uuidv7(),
      serial,
      bookSerial,
      entryDate: entry.date,
      medicineId: entry.medicineId,
      medicineLabel: entry.medicineLabel,
      legalClass: entry.legalClass,
      quantity: entry.quantity,
      unit: entry.unit,
      patientName: entry.patientName,
      patientAddress: entry.patientAddress,
      prescriberName: entry.prescriberName,
      prescriptionRef: entry.prescriptionRef,
      repeatOf: entry.repeatOf,
      dispensedBy: entry.dispensedBy,
      dispensingId: entry.dispensingId,
      dispensingLineId: entry.dispensingLineId,
      cancelledAt: null,
      cancelReason: null,
      createdAt: uow.now.toISOString(),
    };
    await uow.db.getRepository(series.entity).insert(record);
    await uow.audit({ action: 'register.record', entity: 'register', entityId: record.id, after: { serial, register: series.sequence, dispensingId: entry.dispensingId, medicine: entry.medicineLabel, quantity: entry.quantity } });
    return serial;
  }
}

function toEntry(record: RegisterEntryRecord): RegisterEntry {
  return {
    id: record.id,
    serial: record.serial,
    bookSerial: record.bookSerial,
    date: record.entryDate,
    medicineId: record.medicineId,
    medicineLabel: record.medicineLabel,
    legalClass: record.legalClass,
    quantity: record.quantity,
    unit: record.unit,
    patientName: record.patientName,
    patientAddress: record.patientAddress,
    prescriberName: record.prescriberName,
    prescriptionRef: record.prescriptionRef,
    repeatOf: record.repeatOf,
    dispensedBy: record.dispensedBy,
    cancelledAt: record.cancelledAt,
    cancelReason: record.cancelReason,
  };
}
