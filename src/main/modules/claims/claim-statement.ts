import { formatCsv } from '../../../shared/csv';
import { ringgit } from '../../../shared/ringgit';
import type { Claim, ClaimBatch } from '../../../shared/schemas/claims';
import type { Panel } from '../../../shared/schemas/panels';
import { dayMonthYear, type PageContent } from '../../documents';

const RELATIONSHIP: Record<Claim['relationship'], string> = { self: 'Self', spouse: 'Spouse', child: 'Child', parent: 'Parent', other: 'Dependant' };

const diagnosisOf = (claim: Claim) => claim.diagnoses.map((diagnosis) => `${diagnosis.code} ${diagnosis.description}`).join('\n') || '—';
const itemsOf = (claim: Claim) => claim.items.map((item) => `${item.description} × ${item.quantity}  ${ringgit(item.totalSen)}`).join('\n');

/**
 * The panel's statement of a claim batch, on the clinic's letterhead: the panel and its
 * identifiers, the period, and one row per claim with what panels ask (member and dependant,
 * doctor, diagnosis, MC days, the items with quantity and amount, what the panel covers and what
 * the patient paid), then the total claimed. In English, as panels' portals and TPAs read it.
 */
export function claimStatementPage(batch: ClaimBatch, panel: Panel): PageContent {
  return {
    title: `Statement of claims ${batch.number}`,
    languages: ['en'],
    page: { size: 'A4', orientation: 'landscape' },
    runningHeader: `${batch.number} · ${panel.name}`,
    blocks: [
      { kind: 'heading', text: `STATEMENT OF CLAIMS ${batch.number}` },
      {
        kind: 'fields',
        fields: [
          { label: 'Panel', value: `${panel.name} (${panel.code})` },
          ...(panel.tin ? [{ label: 'Panel TIN', value: panel.tin }] : []),
          ...(panel.registrationNo ? [{ label: 'Panel registration no.', value: panel.registrationNo }] : []),
          { label: 'Period', value: batch.period },
          { label: 'Claims', value: String(batch.claims) },
        ],
      },
      {
        kind: 'table',
        columns: [
          { title: 'No.', width: 1, align: 'right' },
          { title: 'Date / invoice', width: 3 },
          { title: 'Patient / IC', width: 4 },
          { title: 'Member no.', width: 3 },
          { title: 'Doctor', width: 3 },
          { title: 'Diagnosis', width: 4 },
          { title: 'MC days', width: 1.5, align: 'right' },
          { title: 'Items', width: 6 },
          { title: 'Bill', width: 2, align: 'right' },
          { title: 'Patient paid', width: 2, align: 'right' },
          { title: 'Claimed', width: 2, align: 'right' },
        ],
        rows: batch.claimList.map((claim, index) => [
          String(index + 1),
          `${dayMonthYear(claim.clinicDate)}\n${claim.invoiceNumber}`,
          `${claim.patientName}\n${claim.identityNo}`,
          `${claim.memberNo}\n${RELATIONSHIP[claim.relationship]}`,
          claim.doctorName ?? '—',
          diagnosisOf(claim),
          claim.mcDays === null ? '—' : String(claim.mcDays),
          itemsOf(claim),
          ringgit(claim.billTotalSen),
          ringgit(claim.patientSen),
          ringgit(claim.coveredSen),
        ]),
      },
      { kind: 'paragraph', text: `Total claimed: ${ringgit(batch.claimedSen)}`, align: 'right', bold: true },
      { kind: 'paragraph', text: `Please quote ${batch.number} and the invoice numbers with your payment.` },
      { kind: 'signatures', signatures: [{ label: 'Prepared by' }] },
    ],
  };
}

const CSV_HEADER = ['Batch', 'Panel', 'Period', 'Claim no.', 'Date', 'Invoice', 'Patient', 'IC', 'Member no.', 'Relationship', 'Doctor', 'Diagnosis codes', 'MC days', 'Item', 'Kind', 'Quantity', 'Unit price', 'Item amount', 'Item covered', 'Item patient', 'Claim bill', 'Claim patient paid', 'Claim covered'];

/** The same statement as CSV for a panel's portal or a spreadsheet: one row per item, the claim's fields on each; amounts in ringgit with two decimals. */
export function claimStatementCsv(batch: ClaimBatch, panel: Panel): string {
  const amount = (sen: number) => `${Math.floor(sen / 100)}.${String(sen % 100).padStart(2, '0')}`;
  const rows = batch.claimList.flatMap((claim, index) =>
    claim.items.map((item) => [
      batch.number,
      panel.code,
      batch.period,
      String(index + 1),
      claim.clinicDate,
      claim.invoiceNumber,
      claim.patientName,
      claim.identityNo,
      claim.memberNo,
      claim.relationship,
      claim.doctorName ?? '',
      claim.diagnoses.map((diagnosis) => diagnosis.code).join(' '),
      claim.mcDays === null ? '' : String(claim.mcDays),
      item.description,
      item.kind,
      String(item.quantity),
      amount(item.unitPriceSen),
      amount(item.totalSen),
      amount(item.coveredSen),
      amount(item.patientSen),
      amount(claim.billTotalSen),
      amount(claim.patientSen),
      amount(claim.coveredSen),
    ]),
  );
  return formatCsv([CSV_HEADER, ...rows]);
}
