import { In } from 'typeorm';
import type { InvoiceLine, PanelChoice, PanelSplitPreview } from '../../../shared/schemas/billing';
import type { PanelBillLine } from '../../../shared/schemas/claims';
import type { Panel, PanelMembership } from '../../../shared/schemas/panels';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { PanelsService } from '../panels';
import type { PatientDirectory } from '../patients';
import { InvoiceEntity } from './entities';
import { PanelBillEntity, type PanelBillRecord } from './panel-bill-entity';
import { divideLine, splitForPanel, type PanelSplit } from './panel-split';

/** A priced line as the invoice writes it: enough to split it between two invoices. */
export type SplittableLine = Pick<InvoiceLine, 'kind' | 'description' | 'quantity' | 'unitPriceSen' | 'amountSen' | 'discountSen' | 'taxSen'>;

/** A panel bill with its invoice's number and clinic date: a claim to make, or one made. */
export interface OpenPanelBill extends PanelBillRecord {
  number: string;
  clinicDate: string;
}

/** A visit's bill split with a panel: the lines of each invoice, and the whole bill's items as the claim lists them. */
export interface PanelBillPlan<L extends SplittableLine> {
  panel: Panel;
  membership: PanelMembership;
  split: PanelSplit;
  panelLines: L[];
  patientLines: L[];
  items: PanelBillLine[];
}

const lineTotal = (line: SplittableLine) => line.amountSen - line.discountSen + line.taxSen;

/**
 * The panel's share of a visit's bill at the counter: which panels the patient may be billed to on
 * the visit's day (a card valid that day, of an active panel), how the bill splits by the panel's
 * rules, and the panel bill written beside the two invoices. A line split between the two invoices
 * is written on each as one unit of its share (an invoice line's amount is its quantity times its
 * price); the claim lists the whole item from the panel bill.
 */
export class PanelBilling {
  constructor(
    private readonly panels: PanelsService,
    private readonly patients: PatientDirectory,
  ) {}

  /** The panels the patient holds a card of on the date, that are still active. */
  async choices(uow: UnitOfWork, patientId: string, date: string): Promise<PanelChoice[]> {
    const cards = (await this.patients.panelsOf(uow, patientId)).filter((card) => validOn(card, date));
    if (cards.length === 0) return [];
    const panels = new Map((await this.panels.list(uow)).map((panel) => [panel.id, panel]));
    return cards.flatMap((card) => {
      const panel = panels.get(card.panelId);
      return panel?.active ? [{ panelId: panel.id, code: panel.code, name: panel.name, memberNo: card.memberNo, relationship: card.relationship }] : [];
    });
  }

  /** Splits the priced lines with the panel; refuses a panel the patient holds no valid card of on the date, or a retired one. */
  async plan<L extends SplittableLine>(uow: UnitOfWork, bill: { patientId: string; panelId: string; date: string }, lines: readonly L[]): Promise<PanelBillPlan<L>> {
    const panel = await this.panels.get(uow, bill.panelId);
    const membership = (await this.patients.panelsOf(uow, bill.patientId)).find((card) => card.panelId === panel.id && validOn(card, bill.date));
    if (!membership) throw new AppError('PANEL_NOT_A_MEMBER', { panel: panel.name, date: bill.date, fields: ['panelId'] });
    if (!panel.active) throw new AppError('PANEL_INACTIVE', { name: panel.name, fields: ['panelId'] });
    const split = splitForPanel(lines.map((line) => ({ kind: line.kind, totalSen: lineTotal(line) })), panel);
    const panelLines: L[] = [];
    const patientLines: L[] = [];
    lines.forEach((line, index) => {
      const { coveredSen, patientSen } = split.lines[index];
      if (coveredSen > 0 && patientSen === 0) panelLines.push(line);
      else if (coveredSen === 0) patientLines.push(line);
      else {
        const { covered, patient } = divideLine(line, coveredSen);
        panelLines.push({ ...line, quantity: 1, unitPriceSen: covered.amountSen, ...covered });
        patientLines.push({ ...line, quantity: 1, unitPriceSen: patient.amountSen, ...patient });
      }
    });
    const items = lines.map((line, index) => ({ kind: line.kind, description: line.description, quantity: line.quantity, unitPriceSen: line.unitPriceSen, totalSen: lineTotal(line), ...split.lines[index] }));
    return { panel, membership, split, panelLines, patientLines, items };
  }

  async preview(uow: UnitOfWork, bill: { patientId: string; panelId: string; date: string }, lines: readonly SplittableLine[]): Promise<PanelSplitPreview> {
    const { panel, split } = await this.plan(uow, bill, lines);
    return { panelId: panel.id, lines: split.lines, coveredSen: split.coveredSen, patientSen: split.patientSen, copaySen: split.copaySen };
  }

  /** Writes the panel bill beside the panel's invoice: the card it was billed on and every item's split. */
  async record(uow: UnitOfWork, plan: PanelBillPlan<SplittableLine>, invoices: { panelInvoiceId: string; patientInvoiceId: string; visitId: string; patientId: string }): Promise<void> {
    await uow.db.getRepository(PanelBillEntity).insert({
      invoiceId: invoices.panelInvoiceId,
      patientInvoiceId: invoices.patientInvoiceId,
      panelId: plan.panel.id,
      visitId: invoices.visitId,
      patientId: invoices.patientId,
      memberNo: plan.membership.memberNo,
      relationship: plan.membership.relationship,
      billTotalSen: plan.split.coveredSen + plan.split.patientSen,
      coveredSen: plan.split.coveredSen,
      patientSen: plan.split.patientSen,
      lines: plan.items,
      claimedBatchId: null,
    });
  }

  /** A bill whose claim has gone to the panel is the panel's record too: it is not voided here. */
  async assertNotClaimed(uow: UnitOfWork, invoiceIds: readonly string[]): Promise<void> {
    const bills = await this.bills(uow, invoiceIds);
    if (bills.some((bill) => bill.claimedBatchId)) throw new AppError('PANEL_INVOICE_CLAIMED', {});
  }

  /** The panel bills of these panel invoices. */
  bills(uow: UnitOfWork, invoiceIds: readonly string[]): Promise<PanelBillRecord[]> {
    return invoiceIds.length === 0 ? Promise.resolve([]) : uow.db.getRepository(PanelBillEntity).findBy({ invoiceId: In([...invoiceIds]) });
  }

  /** The panel bills whose invoices stand (not void), oldest first; of one panel, or all. */
  async openBills(uow: UnitOfWork, panelId: string | null): Promise<OpenPanelBill[]> {
    const invoices = await uow.db
      .getRepository(InvoiceEntity)
      .createQueryBuilder('i')
      .where("i.portion = 'panel'")
      .andWhere("i.status <> 'void'")
      .andWhere(panelId ? 'i.panel_id = :panelId' : '1 = 1', { panelId })
      .orderBy('i.clinic_date', 'ASC')
      .addOrderBy('i.number', 'ASC')
      .getMany();
    const bills = new Map((await this.bills(uow, invoices.map((invoice) => invoice.id))).map((bill) => [bill.invoiceId, bill]));
    return invoices.flatMap((invoice) => {
      const bill = bills.get(invoice.id);
      return bill ? [{ ...bill, number: invoice.number, clinicDate: invoice.clinicDate }] : [];
    });
  }

  /** Marks the bills as sent to the panel in a claim batch. */
  async markClaimed(uow: UnitOfWork, invoiceIds: readonly string[], batchId: string): Promise<void> {
    if (invoiceIds.length > 0) await uow.db.getRepository(PanelBillEntity).update({ invoiceId: In([...invoiceIds]) }, { claimedBatchId: batchId });
  }
}

function validOn(card: PanelMembership, date: string): boolean {
  return (!card.validFrom || card.validFrom <= date) && (!card.validTo || date <= card.validTo);
}
