import { EntitySchema } from 'typeorm';
import type { PanelBillLine } from '../../../shared/schemas/claims';
import type { PanelRelationship } from '../../../shared/schemas/panels';

/** A panel's invoice with the card it was billed on and the whole bill's split: what its claim lists. Written once. */
export interface PanelBillRecord {
  invoiceId: string;
  patientInvoiceId: string;
  panelId: string;
  visitId: string;
  patientId: string;
  memberNo: string;
  relationship: PanelRelationship;
  billTotalSen: number;
  coveredSen: number;
  patientSen: number;
  lines: PanelBillLine[];
  /** The claim batch it went to the panel in; a claimed bill is not voided. */
  claimedBatchId: string | null;
}

export const PanelBillEntity = new EntitySchema<PanelBillRecord>({
  name: 'PanelBill',
  tableName: 'panel_bills',
  columns: {
    invoiceId: { type: 'text', primary: true, name: 'invoice_id' },
    patientInvoiceId: { type: 'text', name: 'patient_invoice_id' },
    panelId: { type: 'text', name: 'panel_id' },
    visitId: { type: 'text', name: 'visit_id' },
    patientId: { type: 'text', name: 'patient_id' },
    memberNo: { type: 'text', name: 'member_no' },
    relationship: { type: 'text' },
    billTotalSen: { type: 'integer', name: 'bill_total_sen' },
    coveredSen: { type: 'integer', name: 'covered_sen' },
    patientSen: { type: 'integer', name: 'patient_sen' },
    lines: { type: 'simple-json', name: 'lines_json' },
    claimedBatchId: { type: 'text', name: 'claimed_batch_id', nullable: true },
  },
});
