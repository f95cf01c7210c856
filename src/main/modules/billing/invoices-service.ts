import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { Invoice, InvoiceLine, InvoiceLineKind, InvoicePortion, InvoicePreview, IssueInvoiceInput, PreviewInvoiceInput, VoidInvoiceInput } from '../../../shared/schemas/billing';
import { issueInvoiceInputSchema, previewInvoiceInputSchema, voidInvoiceInputSchema } from '../../../shared/schemas/billing';
import { AppError } from '../../errors/app-error';
import { humanNumber, nextInSequence } from '../../store/sequences';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ClinicService } from '../clinic';
import type { ConsultationServices } from '../consultation';
import type { ChargeLines } from '../dispensing';
import type { LedgerService } from '../ledger';
import type { PatientDirectory } from '../patients';
import type { UsersService } from '../users';
import { InvoiceEntity, InvoiceLineEntity, PaymentEntity, type InvoiceLineRecord, type InvoiceRecord } from './entities';
import { creditNotesOf } from './credit-notes';
import { assertDayOpen } from './day-lock';
import type { FeeSchedule } from './fee-schedule';
import { priceInvoice, type Charge, type PricedLine } from './invoice-pricing';
import { toInvoice } from './invoice-view';
import type { PanelBilling } from './panel-billing';
import { serviceTaxFor } from './tax-rule';

/** An issued invoice and its lines, without its payments: what an e-invoice is built from. */
export type InvoiceSales = Pick<Invoice, 'id' | 'number' | 'patientId' | 'billTo' | 'clinicDate' | 'status' | 'totalSen' | 'portion'> & { lines: InvoiceLine[] };

/** A line before pricing: what it is, where it came from, and whether it has a price yet. */
interface VisitCharge extends Charge {
  kind: InvoiceLineKind;
  sourceKind: 'fee' | 'charge-line';
  sourceId: string;
  description: string;
  priceMissing: boolean;
}

/** One invoice to write: the whole bill, or the patient's or the panel's portion of it. */
interface InvoiceDraft {
  visit: { id: string; patientId: string };
  billTo: string;
  portion: InvoicePortion;
  panelId: string | null;
  lines: readonly (VisitCharge & PricedLine)[];
  discountReason: string | null;
}

/**
 * Invoices built from a visit: the consultation fee for the doctor who saw the patient at the time
 * of day they came, the fees added at the counter, and everything the dispensary handed over. Once
 * issued an invoice is never edited; it is paid, or voided with a reason (and invoiced again).
 */
export class InvoicesService {
  constructor(
    private readonly encounters: ConsultationServices['encounters'],
    private readonly patients: PatientDirectory,
    private readonly clinic: ClinicService,
    private readonly charges: ChargeLines,
    private readonly fees: FeeSchedule,
    private readonly users: UsersService,
    private readonly panelBilling: PanelBilling,
    private readonly ledger: LedgerService,
  ) {}

  /** What the visit's invoice would say with the counter's additions, priced as issuing would; or which invoice it already has. */
  async preview(uow: UnitOfWork, raw: PreviewInvoiceInput): Promise<InvoicePreview> {
    const input = previewInvoiceInputSchema.parse(raw);
    const { visit, patient, tax, subtotalSen, price } = await this.billOf(uow, input);
    const priced = price(Math.min(input.discount?.amountSen ?? 0, subtotalSen));
    const issued = await this.openInvoiceOf(uow, input.visitId);
    const bill = { patientId: visit.patientId, date: visit.clinicDate };
    return {
      visitId: input.visitId,
      patientName: patient.fullName,
      lines: priced.lines.map(({ kind, description, quantity, unitPriceSen, amountSen, discountSen, taxRateBp, taxSen, sourceKind, sourceId, priceMissing }) => ({
        kind, description, quantity, unitPriceSen, amountSen, discountSen, taxRateBp, taxSen, priceMissing, chargeLineId: sourceKind === 'charge-line' ? sourceId : null,
      })),
      subtotalSen: priced.subtotalSen,
      discountSen: priced.discountSen,
      taxSen: priced.taxSen,
      totalSen: priced.totalSen,
      tax,
      invoiceId: issued?.id ?? null,
      panelInvoiceId: (await this.openInvoiceOf(uow, input.visitId, 'panel'))?.id ?? null,
      panels: await this.panelBilling.choices(uow, bill.patientId, bill.date),
      split: input.panelId ? await this.panelBilling.preview(uow, { ...bill, panelId: input.panelId }, priced.lines) : null,
    };
  }

  async issue(uow: UnitOfWork, raw: IssueInvoiceInput): Promise<Invoice> {
    const input = issueInvoiceInputSchema.parse(raw);
    await assertDayOpen(uow, uow.clock.today());
    const already = await this.openInvoiceOf(uow, input.visitId);
    if (already) throw new AppError('VISIT_ALREADY_INVOICED', { number: already.number });
    const { visit, patient, charges, subtotalSen, price } = await this.billOf(uow, input);
    if (charges.length === 0) throw new AppError('INVOICE_NOTHING_TO_CHARGE');
    const unpriced = charges.find((charge) => charge.priceMissing);
    if (unpriced) throw new AppError('INVOICE_PRICE_MISSING', { item: unpriced.description, fields: ['prices'] });
    const discountSen = input.discount?.amountSen ?? 0;
    if (discountSen > subtotalSen) throw new AppError('VALIDATION_FAILED', { field: 'discount.amountSen', fields: ['discount.amountSen'] });
    const priced = price(discountSen);
    const discountReason = input.discount?.reason ?? null;
    if (input.panelId) {
      // Each portion its own invoice: the patient's (paid at the counter, a zero one settled at once) and the panel's (on credit, claimed).
      const plan = await this.panelBilling.plan(uow, { patientId: visit.patientId, panelId: input.panelId, date: visit.clinicDate }, priced.lines);
      const patientInvoice = await this.write(uow, { visit, billTo: patient.fullName, portion: 'patient', panelId: plan.panel.id, lines: plan.patientLines, discountReason });
      const panelInvoice = await this.write(uow, { visit, billTo: `${plan.panel.name} (${plan.membership.memberNo})`, portion: 'panel', panelId: plan.panel.id, lines: plan.panelLines, discountReason });
      await this.panelBilling.record(uow, plan, { panelInvoiceId: panelInvoice.id, patientInvoiceId: patientInvoice.id, visitId: visit.id, patientId: visit.patientId });
      return this.get(uow, patientInvoice.id);
    }
    const record = await this.write(uow, { visit, billTo: patient.fullName, portion: 'patient', panelId: null, lines: priced.lines, discountReason });
    return this.get(uow, record.id);
  }

  /** Writes one invoice with its lines, its totals summed from them, and its audit row. */
  private async write(uow: UnitOfWork, draft: InvoiceDraft): Promise<InvoiceRecord> {
    const { visit } = draft;
    const sum = (part: (line: PricedLine) => number) => draft.lines.reduce((total, line) => total + part(line), 0);
    const subtotalSen = sum((line) => line.amountSen);
    const discountSen = sum((line) => line.discountSen);
    const taxSen = sum((line) => line.taxSen);
    const year = uow.clock.today().slice(0, 4);
    const record: InvoiceRecord = {
      id: uuidv7(),
      number: humanNumber(`INV-${year}`, await nextInSequence(uow.db, `invoice:${year}`)),
      visitId: visit.id,
      patientId: visit.patientId,
      billTo: draft.billTo,
      portion: draft.portion,
      panelId: draft.panelId,
      clinicDate: uow.clock.today(),
      status: 'issued',
      subtotalSen,
      discountSen,
      discountReason: discountSen > 0 ? draft.discountReason : null,
      taxSen,
      totalSen: subtotalSen - discountSen + taxSen,
      paidSen: 0,
      creditedSen: 0,
      refundedSen: 0,
      roundingSen: 0,
      issuedBy: uow.actor?.userId ?? null,
      issuedAt: uow.now.toISOString(),
      voidReason: null,
      voidedBy: null,
      voidedAt: null,
    };
    // A zero bill (a free follow-up) is settled the moment it is issued.
    if (record.totalSen === 0) record.status = 'paid';
    await uow.db.getRepository(InvoiceEntity).insert(record);
    const lines: InvoiceLineRecord[] = draft.lines.map((line, position) => ({
      id: uuidv7(),
      invoiceId: record.id,
      position,
      kind: line.kind,
      sourceKind: line.sourceKind,
      sourceId: line.sourceId,
      description: line.description,
      quantity: line.quantity,
      unitPriceSen: line.unitPriceSen,
      amountSen: line.amountSen,
      discountSen: line.discountSen,
      taxRateBp: line.taxRateBp,
      taxSen: line.taxSen,
    }));
    // A panel that covers the whole bill leaves the patient's invoice without lines.
    if (lines.length > 0) await uow.db.getRepository(InvoiceLineEntity).insert(lines);
    await this.ledger.invoiceIssued(uow, { ...record, lines });
    await uow.audit({
      action: 'invoice.issue',
      entity: 'invoice',
      entityId: record.id,
      after: { number: record.number, visitId: visit.id, patientId: visit.patientId, portion: record.portion, panelId: record.panelId, totalSen: record.totalSen, discountSen, discountReason: record.discountReason, taxSen: record.taxSen, lines: lines.length },
    });
    return record;
  }

  async get(uow: UnitOfWork, id: string): Promise<Invoice> {
    const record = await uow.db.getRepository(InvoiceEntity).findOneBy({ id });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'invoice', id });
    const [invoice] = await this.withDetails(uow, [record]);
    return invoice;
  }

  /** The invoices issued on a clinic day, newest first. */
  async ofDay(uow: UnitOfWork, clinicDate: string): Promise<Invoice[]> {
    const records = await uow.db.getRepository(InvoiceEntity).find({ where: { clinicDate }, order: { issuedAt: 'DESC', id: 'DESC' } });
    return this.withDetails(uow, records);
  }

  /**
   * Every invoice issued on the clinic days from `first` to `last` (voided ones too, marked), with
   * its priced lines and no payments: a month's sales for its consolidated e-invoice, in two reads.
   */
  async salesBetween(uow: UnitOfWork, first: string, last: string): Promise<InvoiceSales[]> {
    const records = await uow.db.query<Omit<InvoiceSales, 'lines'>[]>(
      `SELECT id, number, patient_id AS patientId, bill_to AS billTo, clinic_date AS clinicDate, status, total_sen AS totalSen, portion FROM invoices WHERE clinic_date BETWEEN ? AND ? ORDER BY number`,
      [first, last],
    );
    // Tens of thousands of lines in a month: read as plain rows, not entities.
    const lines = await uow.db.query<(InvoiceLine & { invoiceId: string })[]>(
      `SELECT l.id, l.invoice_id AS invoiceId, l.kind, l.description, l.quantity, l.unit_price_sen AS unitPriceSen, l.amount_sen AS amountSen, l.discount_sen AS discountSen, l.tax_rate_bp AS taxRateBp, l.tax_sen AS taxSen
       FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
       WHERE i.clinic_date BETWEEN ? AND ? ORDER BY l.invoice_id, l.position`,
      [first, last],
    );
    const byInvoice = new Map<string, InvoiceLine[]>();
    for (const { invoiceId, ...line } of lines) {
      const list = byInvoice.get(invoiceId);
      if (list) list.push(line);
      else byInvoice.set(invoiceId, [line]);
    }
    return records.map((record) => ({ ...record, lines: byInvoice.get(record.id) ?? [] }));
  }

  /** The invoices with their lines, payments and the names of who issued and took them: three reads, however many invoices. */
  private async withDetails(uow: UnitOfWork, records: readonly InvoiceRecord[]): Promise<Invoice[]> {
    if (records.length === 0) return [];
    const ids = records.map((record) => record.id);
    const lines = await uow.db.getRepository(InvoiceLineEntity).find({ where: { invoiceId: In(ids) }, order: { position: 'ASC' } });
    const payments = await uow.db.getRepository(PaymentEntity).find({ where: { invoiceId: In(ids) }, order: { takenAt: 'ASC', id: 'ASC' } });
    const credits = await creditNotesOf(uow, ids);
    const names = await this.users.namesOf(uow, [...records.map((record) => record.issuedBy), ...payments.map((payment) => payment.takenBy), ...credits.map((note) => note.issuedBy)]);
    return records.map((record) =>
      toInvoice(
        record,
        lines.filter((line) => line.invoiceId === record.id),
        payments.filter((payment) => payment.invoiceId === record.id),
        credits.filter((note) => note.invoiceId === record.id),
        names,
      ),
    );
  }

  /**
   * Voids an invoice nothing has been paid on, with the reason; its number stays used, and the visit may be invoiced again.
   * A bill split with a panel is voided whole, both portions: the split is of the whole bill, and a portion alone cannot be
   * issued again. Refused while either portion has payments, or once the panel's claim has gone to the panel.
   */
  async void(uow: UnitOfWork, raw: VoidInvoiceInput): Promise<Invoice> {
    const input = voidInvoiceInputSchema.parse(raw);
    const record = await uow.db.getRepository(InvoiceEntity).findOneBy({ id: input.invoiceId });
    if (!record) throw new AppError('NOT_FOUND', { entity: 'invoice', id: input.invoiceId });
    if (record.status === 'void') throw new AppError('INVOICE_NOT_PAYABLE', { number: record.number, status: record.status });
    await assertDayOpen(uow, record.clinicDate);
    await assertDayOpen(uow, uow.clock.today());
    const other = record.panelId && record.visitId ? await this.openInvoiceOf(uow, record.visitId, record.portion === 'panel' ? 'patient' : 'panel') : null;
    const together = other ? [record, other] : [record];
    await this.panelBilling.assertNotClaimed(uow, together.map((invoice) => invoice.id));
    for (const invoice of together) {
      if (await uow.db.getRepository(PaymentEntity).existsBy({ invoiceId: invoice.id, status: 'taken' })) throw new AppError('INVOICE_HAS_PAYMENTS', { number: invoice.number });
    }
    for (const invoice of together) {
      await this.ledger.invoiceVoided(uow, invoice);
      await uow.db.getRepository(InvoiceEntity).update({ id: invoice.id }, { status: 'void', voidReason: input.reason, voidedBy: uow.actor?.userId ?? null, voidedAt: uow.now.toISOString() });
      await uow.audit({ action: 'invoice.void', entity: 'invoice', entityId: invoice.id, before: { status: invoice.status }, after: { number: invoice.number, patientId: invoice.patientId, portion: invoice.portion, status: 'void', reason: input.reason } });
    }
    return this.get(uow, record.id);
  }

  /** The visit's charges for this patient, with the tax that applies to them, ready to price with a discount. */
  private async billOf(uow: UnitOfWork, input: { visitId: string; fees: readonly { feeId: string; quantity: number }[]; prices: readonly { chargeLineId: string; unitPriceSen: number }[] }) {
    const { visit, charges } = await this.visitCharges(uow, input.visitId, input.fees, input.prices);
    const patient = await this.patients.identityOf(uow, visit.patientId);
    const tax = serviceTaxFor((await this.clinic.profile(uow)).tax, patient);
    const subtotalSen = charges.reduce((sum, charge) => sum + charge.quantity * charge.unitPriceSen, 0);
    const price = (discountSen: number) => priceInvoice(charges, { discountSen, taxRateBp: tax?.rateBp ?? null, currency: 'MYR' });
    return { visit, patient, tax, charges, subtotalSen, price };
  }

  private openInvoiceOf(uow: UnitOfWork, visitId: string, portion: InvoicePortion = 'patient'): Promise<InvoiceRecord | null> {
    return uow.db
      .getRepository(InvoiceEntity)
      .createQueryBuilder('i')
      .where('i.visit_id = :visitId', { visitId })
      .andWhere("i.status <> 'void'")
      .andWhere('i.portion = :portion', { portion })
      .getOne();
  }

  private async visitCharges(uow: UnitOfWork, visitId: string, added: readonly { feeId: string; quantity: number }[], prices: readonly { chargeLineId: string; unitPriceSen: number }[]) {
    const { visit, encounter } = await this.encounters.forVisit(uow, visitId);
    const charges: VisitCharge[] = [];
    const consultation = await this.fees.consultationFeeFor(uow, { doctorId: encounter?.doctorId ?? null, at: new Date(visit.createdAt) });
    if (consultation) charges.push(feeCharge(consultation, 1));
    if (added.length > 0) {
      const schedule = new Map((await this.fees.list(uow, false)).map((fee) => [fee.id, fee]));
      for (const { feeId, quantity } of added) {
        const fee = schedule.get(feeId);
        if (!fee) throw new AppError('NOT_FOUND', { entity: 'fee', id: feeId });
        charges.push(feeCharge(fee, quantity));
      }
    }
    const given = new Map(prices.map((price) => [price.chargeLineId, price.unitPriceSen]));
    for (const line of await this.charges.forVisit(uow, visitId)) {
      const unitPriceSen = line.unitPriceSen ?? given.get(line.id) ?? null;
      charges.push({ kind: 'medicine', sourceKind: 'charge-line', sourceId: line.id, description: line.description, quantity: line.quantity, unitPriceSen: unitPriceSen ?? 0, taxable: false, priceMissing: unitPriceSen === null });
    }
    return { visit, charges };
  }
}

function feeCharge(fee: { id: string; name: string; kind: InvoiceLineKind; priceSen: number; taxable: boolean }, quantity: number): VisitCharge {
  return { kind: fee.kind, sourceKind: 'fee', sourceId: fee.id, description: fee.name, quantity, unitPriceSen: fee.priceSen, taxable: fee.taxable, priceMissing: false };
}
