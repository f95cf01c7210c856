import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { PaymentMethod } from '../../../shared/schemas/billing';
import { closeSessionInputSchema, openSessionInputSchema, type CashCount, type CashierSession, type CloseSessionInput, type MethodTotal, type OpenSessionInput } from '../../../shared/schemas/till';
import { ringgit } from '../../../shared/ringgit';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { UsersService } from '../users';
import { assertDayOpen } from './day-lock';
import { RefundEntity } from './credit-entities';
import { DepositMovementEntity } from './deposit-entity';
import { PaymentEntity, type PaymentRecord } from './entities';
import { CashierSessionEntity, type CashierSessionRecord } from './till-entities';

/** What a counted drawer holds, in sen. */
export function countedSen(count: CashCount): number {
  return count.reduce((sum, entry) => sum + entry.denominationSen * entry.count, 0);
}

/** Payments grouped by method, in the order methods first appear. */
export function totalsByMethod(payments: readonly Pick<PaymentRecord, 'method' | 'amountSen'>[]): MethodTotal[] {
  const totals = new Map<PaymentMethod, MethodTotal>();
  for (const { method, amountSen } of payments) {
    const total = totals.get(method) ?? { method, count: 0, amountSen: 0 };
    totals.set(method, { method, count: total.count + 1, amountSen: total.amountSen + amountSen });
  }
  return [...totals.values()];
}

/**
 * A cashier's session at the till: opened with a float, every payment taken in it, closed by
 * counting the drawer note by note. The drawer should hold the float plus the cash taken, less
 * cash given back for voided payments; a difference is recorded with its reason, never hidden.
 */
export class CashierSessions {
  constructor(private readonly users: UsersService) {}

  async open(uow: UnitOfWork, raw: OpenSessionInput): Promise<CashierSession> {
    const input = openSessionInputSchema.parse(raw);
    const userId = this.actorOf(uow);
    const clinicDate = uow.clock.today();
    await assertDayOpen(uow, clinicDate);
    const already = await uow.db.getRepository(CashierSessionEntity).findOneBy({ userId, status: 'open' });
    if (already) throw new AppError('TILL_SESSION_ALREADY_OPEN', { since: uow.clock.timeOf(already.openedAt) });
    const record: CashierSessionRecord = { id: uuidv7(), userId, clinicDate, status: 'open', floatSen: input.floatSen, openedAt: uow.now.toISOString(), closedAt: null, expectedCashSen: null, countedCashSen: null, countJson: null, varianceReason: null };
    await uow.db.getRepository(CashierSessionEntity).insert(record);
    await uow.audit({ action: 'till.open', entity: 'cashierSession', entityId: record.id, after: { floatSen: record.floatSen, clinicDate } });
    return this.get(uow, record.id);
  }

  /** The signed-in user's open session, or null: the counter asks before taking money. */
  async mine(uow: UnitOfWork): Promise<CashierSession | null> {
    const record = await uow.db.getRepository(CashierSessionEntity).findOneBy({ userId: this.actorOf(uow), status: 'open' });
    return record ? (await this.withTotals(uow, [record]))[0] : null;
  }

  /** The session a payment is taken in: the signed-in cashier's open one, or TILL_NOT_OPEN. */
  async requireOpen(uow: UnitOfWork): Promise<string> {
    const record = await uow.db.getRepository(CashierSessionEntity).findOneBy({ userId: this.actorOf(uow), status: 'open' });
    if (!record) throw new AppError('TILL_NOT_OPEN');
    return record.id;
  }

  /** The signed-in user's open session, if any: where a refund by card or transfer is recorded. */
  async openOf(uow: UnitOfWork): Promise<string | null> {
    const userId = uow.actor?.userId;
    if (!userId) return null;
    return (await uow.db.getRepository(CashierSessionEntity).findOneBy({ userId, status: 'open' }))?.id ?? null;
  }

  /**
   * The drawer money for a voided payment goes back from: the session it was taken in while that is
   * still open, else the signed-in user's open session. Cash cannot be given back from a closed
   * drawer, so cash needs one of them; other methods go back through the bank and need none.
   */
  async refundDrawer(uow: UnitOfWork, taken: readonly Pick<PaymentRecord, 'method' | 'sessionId'>[]): Promise<string | null> {
    const origin = taken.find((payment) => payment.sessionId)?.sessionId;
    if (origin && (await uow.db.getRepository(CashierSessionEntity).existsBy({ id: origin, status: 'open' }))) return origin;
    const mine = await uow.db.getRepository(CashierSessionEntity).findOneBy({ userId: this.actorOf(uow), status: 'open' });
    if (mine) return mine.id;
    if (taken.some((payment) => payment.method === 'cash')) throw new AppError('TILL_NOT_OPEN');
    return null;
  }

  async get(uow: UnitOfWork, id: string): Promise<CashierSession> {
    const record = await uow.db.getRepository(CashierSessionEntity).findOneBy({ id });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'cashierSession', id });
    return (await this.withTotals(uow, [record]))[0];
  }

  /** The sessions opened on a clinic day, and any from before it still open, oldest first. */
  async ofDay(uow: UnitOfWork, clinicDate: string): Promise<CashierSession[]> {
    const records = await uow.db
      .getRepository(CashierSessionEntity)
      .createQueryBuilder('s')
      .where('s.clinic_date = :clinicDate', { clinicDate })
      .orWhere("s.status = 'open' AND s.clinic_date < :clinicDate", { clinicDate })
      .orderBy('s.opened_at', 'ASC')
      .getMany();
    return this.withTotals(uow, records);
  }

  /** Closes a session on its drawer count; a count that differs from what is expected needs a reason. */
  async close(uow: UnitOfWork, raw: CloseSessionInput): Promise<CashierSession> {
    const input = closeSessionInputSchema.parse(raw);
    const session = await this.get(uow, input.sessionId);
    if (session.status === 'closed') throw new AppError('TILL_SESSION_CLOSED');
    const counted = countedSen(input.count);
    if (counted !== session.expectedCashSen && !input.varianceReason) throw new AppError('TILL_VARIANCE_NEEDS_REASON', { variance: ringgit(counted - session.expectedCashSen), fields: ['varianceReason'] });
    const varianceReason = counted === session.expectedCashSen ? null : input.varianceReason;
    const count = input.count.filter((entry) => entry.count > 0);
    await uow.db.getRepository(CashierSessionEntity).update({ id: session.id }, { status: 'closed', closedAt: uow.now.toISOString(), expectedCashSen: session.expectedCashSen, countedCashSen: counted, countJson: JSON.stringify(count), varianceReason });
    await uow.audit({
      action: 'till.close',
      entity: 'cashierSession',
      entityId: session.id,
      before: { status: 'open' },
      after: { cashier: session.cashierName, floatSen: session.floatSen, expectedCashSen: session.expectedCashSen, countedCashSen: counted, varianceSen: counted - session.expectedCashSen, varianceReason },
    });
    return this.get(uow, session.id);
  }

  /** Sessions with what was taken in them and given back from them: two reads, however many sessions. */
  private async withTotals(uow: UnitOfWork, records: readonly CashierSessionRecord[]): Promise<CashierSession[]> {
    if (records.length === 0) return [];
    const ids = records.map((record) => record.id);
    const payments = uow.db.getRepository(PaymentEntity);
    const taken = await payments.find({ where: { sessionId: In(ids) }, order: { takenAt: 'ASC', id: 'ASC' } });
    const refunded: { method: PaymentMethod; amountSen: number; refundSession: string | null }[] = [...(await payments.find({ where: { voidedSessionId: In(ids), status: 'void' } })).map((payment) => ({ ...payment, refundSession: payment.voidedSessionId })), ...(await uow.db.getRepository(RefundEntity).findBy({ sessionId: In(ids) })).map((refund) => ({ ...refund, refundSession: refund.sessionId }))];
    // Deposits go in and out of the same drawer: taken like payments, given back like refunds.
    const deposits = await uow.db.getRepository(DepositMovementEntity).findBy({ sessionId: In(ids) });
    refunded.push(...deposits.filter((movement) => movement.kind === 'refunded').map((movement) => ({ ...movement, refundSession: movement.sessionId })));
    const names = await this.users.namesOf(uow, records.map((record) => record.userId));
    return records.map((record) => {
      const cashIn = sumCash([...taken, ...deposits.filter((movement) => movement.kind === 'taken')].filter((payment) => payment.sessionId === record.id));
      const refundedCashSen = sumCash(refunded.filter((payment) => payment.refundSession === record.id));
      const expectedCashSen = record.expectedCashSen ?? record.floatSen + cashIn - refundedCashSen;
      return {
        id: record.id,
        userId: record.userId,
        cashierName: names.get(record.userId) ?? '',
        clinicDate: record.clinicDate,
        status: record.status,
        floatSen: record.floatSen,
        openedAt: record.openedAt,
        closedAt: record.closedAt,
        expectedCashSen,
        countedCashSen: record.countedCashSen,
        varianceSen: record.countedCashSen === null ? null : record.countedCashSen - expectedCashSen,
        varianceReason: record.varianceReason,
        count: record.countJson ? (JSON.parse(record.countJson) as CashCount) : null,
        byMethod: totalsByMethod(taken.filter((payment) => payment.sessionId === record.id)),
        refundedCashSen,
      };
    });
  }

  private actorOf(uow: UnitOfWork): string {
    const userId = uow.actor?.userId;
    if (!userId) throw new AppError('TILL_NOT_OPEN');
    return userId;
  }
}

function sumCash(payments: readonly Pick<PaymentRecord, 'method' | 'amountSen'>[]): number {
  return payments.filter((payment) => payment.method === 'cash').reduce((sum, payment) => sum + payment.amountSen, 0);
}
