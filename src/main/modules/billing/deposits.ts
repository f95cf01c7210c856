import { v7 as uuidv7 } from 'uuid';
import { money, roundForCash } from '../../../shared/money';
import { ringgit } from '../../../shared/ringgit';
import type { DepositAccount, DepositMovement, RefundDepositInput, TakeDepositInput } from '../../../shared/schemas/deposits';
import { refundDepositInputSchema, takeDepositInputSchema } from '../../../shared/schemas/deposits';
import { AppError } from '../../errors/app-error';
import { humanNumber, nextInSequence } from '../../store/sequences';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { LedgerService } from '../ledger';
import type { PatientDirectory } from '../patients';
import type { CashierSessions } from './cashier-sessions';
import { assertDayOpen } from './day-lock';
import { depositEffect, DepositMovementEntity, type DepositMovementRecord } from './deposit-entity';

/** A payment of an invoice from the deposit, as the account lists it. */
interface AppliedRow {
  id: string;
  receipt_no: string;
  number: string;
  amount_sen: number;
  taken_at: string;
  clinic_date: string;
}

/**
 * Deposits: money a patient leaves on account at the counter, taken into the till like a payment
 * and receipted from the receipts' sequence; later invoices are paid from it (the payment method
 * 'deposit', PaymentsService), and what is left may be given back with a reason. It is the
 * patient's money until used: in the books, owed to them (customer deposits). Never below zero.
 */
export class Deposits {
  constructor(
    private readonly patients: PatientDirectory,
    private readonly sessions: CashierSessions,
    private readonly ledger: LedgerService,
  ) {}

  async account(uow: UnitOfWork, patientId: string): Promise<DepositAccount> {
    const movements = await uow.db.getRepository(DepositMovementEntity).find({ where: { patientId }, order: { at: 'ASC', id: 'ASC' } });
    const applied = await this.applied(uow, patientId);
    const rows: DepositMovement[] = [
      ...movements.map((movement): DepositMovement => ({
        id: movement.id,
        kind: movement.kind,
        receiptNo: movement.receiptNo,
        invoiceNumber: null,
        method: movement.method,
        amountSen: depositEffect(movement),
        handedSen: movement.amountSen,
        reason: movement.reason,
        at: movement.at,
        clinicDate: movement.clinicDate,
      })),
      ...applied.map((row): DepositMovement => ({ id: row.id, kind: 'applied', receiptNo: row.receipt_no, invoiceNumber: row.number, method: null, amountSen: -row.amount_sen, handedSen: 0, reason: null, at: row.taken_at, clinicDate: row.clinic_date })),
      // Same instant: ids are time-ordered (UUIDv7), so the order they were written in.
    ].sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1));
    return { patientId, balanceSen: rows.reduce((sum, row) => sum + row.amountSen, 0), movements: rows };
  }

  async balanceOf(uow: UnitOfWork, patientId: string): Promise<number> {
    return (await this.account(uow, patientId)).balanceSen;
  }

  /** Refuses with DEPOSIT_NOT_ENOUGH unless the patient's deposit holds `sen`: an invoice is paid from it, or it is given back. */
  async assertHolds(uow: UnitOfWork, patientId: string | null, sen: number): Promise<void> {
    const balanceSen = patientId ? await this.balanceOf(uow, patientId) : 0;
    if (sen > balanceSen) throw new AppError('DEPOSIT_NOT_ENOUGH', { balance: ringgit(balanceSen), fields: ['amountSen'] });
  }

  /** Money left on account: in an open till (as every payment is), on an open day, under a receipt number. */
  async take(uow: UnitOfWork, raw: TakeDepositInput): Promise<{ receiptNo: string; account: DepositAccount }> {
    const input = takeDepositInputSchema.parse(raw);
    const patient = await this.patients.identityOf(uow, input.patientId);
    const clinicDate = uow.clock.today();
    await assertDayOpen(uow, clinicDate);
    const sessionId = await this.sessions.requireOpen(uow);
    // The drawer holds no coin under 5 sen: a cash deposit is what was counted into it.
    if (input.method === 'cash' && input.amountSen % 5 !== 0) throw new AppError('DEPOSIT_CASH_ROUNDING', { fields: ['amountSen'] });
    const year = clinicDate.slice(0, 4);
    const receiptNo = humanNumber(`RCP-${year}`, await nextInSequence(uow.db, `receipt:${year}`));
    const record: DepositMovementRecord = { ...this.movement(uow, input, 'taken', sessionId), receiptNo, reason: null };
    await uow.db.getRepository(DepositMovementEntity).insert(record);
    await this.ledger.depositTaken(uow, record as DepositMovementRecord & { receiptNo: string });
    await uow.audit({ action: 'deposit.take', entity: 'deposit', entityId: record.id, after: { receiptNo, patientId: input.patientId, patient: patient.fullName, method: input.method, amountSen: input.amountSen } });
    return { receiptNo, account: await this.account(uow, input.patientId) };
  }

  /** What is left of a deposit given back, with the reason: cash from the cashier's open till, rounded to 5 sen; other methods through the bank. */
  async refund(uow: UnitOfWork, raw: RefundDepositInput): Promise<DepositAccount> {
    const input = refundDepositInputSchema.parse(raw);
    await assertDayOpen(uow, uow.clock.today());
    await this.assertHolds(uow, input.patientId, input.amountSen);
    const cash = input.method === 'cash';
    const sessionId = cash ? await this.sessions.requireOpen(uow) : await this.sessions.openOf(uow);
    const handedSen = cash ? roundForCash(money(input.amountSen, 'MYR')).collect.minor : input.amountSen;
    // 1 or 2 sen rounds to nothing in cash: there is no coin to give.
    if (handedSen === 0) throw new AppError('DEPOSIT_CASH_ROUNDING', { fields: ['amountSen'] });
    const record: DepositMovementRecord = { ...this.movement(uow, { ...input, amountSen: handedSen }, 'refunded', sessionId), receiptNo: null, roundingSen: handedSen - input.amountSen, reason: input.reason };
    await uow.db.getRepository(DepositMovementEntity).insert(record);
    await this.ledger.depositRefunded(uow, record);
    await uow.audit({ action: 'deposit.refund', entity: 'deposit', entityId: record.id, after: { patientId: input.patientId, method: input.method, amountSen: input.amountSen, handedSen, reason: input.reason } });
    return this.account(uow, input.patientId);
  }

  private movement(uow: UnitOfWork, input: { patientId: string; method: DepositMovementRecord['method']; amountSen: number; reference: string }, kind: DepositMovementRecord['kind'], sessionId: string | null): Omit<DepositMovementRecord, 'receiptNo' | 'reason'> {
    return { id: uuidv7(), patientId: input.patientId, kind, method: input.method, amountSen: input.amountSen, roundingSen: 0, reference: input.reference, sessionId, clinicDate: uow.clock.today(), at: uow.now.toISOString(), byUser: uow.actor?.userId ?? null };
  }

  /** The patient's invoices paid from the deposit (voided payments gave it back). */
  private applied(uow: UnitOfWork, patientId: string): Promise<AppliedRow[]> {
    return uow.db.query<AppliedRow[]>(
      `SELECT p.id, p.receipt_no, i.number, p.amount_sen, p.taken_at, p.clinic_date
       FROM payments p JOIN invoices i ON i.id = p.invoice_id
       WHERE p.method = 'deposit' AND p.status = 'taken' AND i.patient_id = ?`,
      [patientId],
    );
  }
}
