import { ringgit } from '../../../shared/ringgit';
import type { PatientStatement, StatementRow } from '../../../shared/schemas/billing-statements';
import { dayMonthYear, type PageContent } from '../../documents';
import type { PatientIdentity } from '../patients';
import { patientFields } from '../visit-documents';
import { amount, type PaperSize } from './tax-invoice';

/** Each kind of row as the statement names it, Malay then English. */
const ROW_WORDS: Record<StatementRow['kind'], string> = {
  invoice: 'Invois / Invoice',
  payment: 'Bayaran / Payment',
  'payment-void': 'Bayaran dibatalkan / Payment voided',
  rounding: 'Pembundaran / Rounding',
  'credit-note': 'Nota kredit / Credit note',
  refund: 'Bayaran balik / Refund',
};

/**
 * The statement of account on paper: the patient, the period, the balance brought forward, a row
 * for every invoice, payment, credit note and refund with the running balance, and what is owed
 * at the end of the period. Unused deposits are listed apart: they are the patient's money, not a payment.
 */
export function statementPage(statement: PatientStatement, patient: PatientIdentity, paper: PaperSize, extra: { label: string; value: string }[] = []): PageContent {
  const period = `${dayMonthYear(statement.from)} – ${dayMonthYear(statement.to)}`;
  const title = 'Penyata Akaun / Statement of Account';
  return {
    title: `${title} ${statement.mrn}`,
    languages: ['ms', 'en'],
    page: { size: paper, orientation: 'portrait' },
    runningHeader: `${title} · ${statement.patientName} · ${period}`,
    blocks: [
      { kind: 'heading', text: title.toUpperCase(), align: 'center' },
      { kind: 'fields', fields: [...patientFields(patient), { label: 'MRN', value: statement.mrn }, { label: 'Tempoh / Period', value: period }] },
      {
        kind: 'table',
        columns: [
          { title: 'Tarikh / Date', width: 1.7 },
          { title: 'No. / No.', width: 2.6 },
          { title: 'Perkara / Particulars', width: 3.2 },
          { title: 'Amaun / Amount (RM)', width: 1.7, align: 'right' },
          { title: 'Baki / Balance (RM)', width: 1.7, align: 'right' },
        ],
        rows: [
          [dayMonthYear(statement.from), '', 'Baki dibawa / Brought forward', '', amount(statement.openingSen)],
          ...statement.rows.map((row) => [
            dayMonthYear(row.clinicDate),
            row.number,
            [ROW_WORDS[row.kind], row.detail, row.number === row.invoiceNumber ? '' : `(${row.invoiceNumber})`].filter(Boolean).join(' · '),
            amount(row.amountSen),
            amount(row.balanceSen),
          ]),
        ],
      },
      {
        kind: 'fields',
        fields: [
          { label: 'Baki awal / Opening balance', value: ringgit(statement.openingSen) },
          { label: 'BAKI TERHUTANG / OWED', value: ringgit(statement.closingSen) },
          ...extra,
        ],
      },
    ],
  };
}
