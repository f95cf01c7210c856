import type { DangerousDrugBalance, RegisterEntry } from '../../../shared/schemas/registers';
import { dayMonthYear, type PageBlock, type PageContent } from '../../documents';

const A4_LANDSCAPE = { size: 'A4', orientation: 'landscape' } as const;

/** The period a print covers, under its title. */
function periodOf(range: { from: string; to: string }): PageBlock {
  return { kind: 'paragraph', text: `Tempoh / Period: ${dayMonthYear(range.from)} – ${dayMonthYear(range.to)}` };
}

/** A cancelled entry stays printed (the book keeps its history), marked with the reason. */
function patientCell(entry: RegisterEntry): string {
  return [entry.patientName, entry.patientAddress].filter(Boolean).join('\n');
}

function referenceCell(entry: RegisterEntry): string {
  return [
    entry.prescriptionRef ? `Rx ${entry.prescriptionRef}` : 'Tanpa preskripsi / No prescription',
    entry.prescriberName,
    entry.repeatOf ? `Ulangan / Repeat of ${entry.repeatOf}` : null,
    entry.cancelledAt ? `BATAL / CANCELLED: ${entry.cancelReason ?? ''}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The Prescription Book (Poisons Act 1952 s24) or the psychotropic register for a period, one row
 * an entry: date, serial, medicine and quantity, the patient's name (and address when supplied
 * without a prescription), the prescription it was supplied on, who supplied it.
 */
export function registerPage(register: 'prescription-book' | 'psychotropic', range: { from: string; to: string }, entries: readonly RegisterEntry[]): PageContent {
  const title = register === 'prescription-book' ? 'Buku Preskripsi / Prescription Book' : 'Daftar Bahan Psikotropik / Psychotropic Substances Register';
  const basis =
    register === 'prescription-book'
      ? 'Akta Racun 1952 s24 · Poisons Act 1952 s24'
      : 'Peraturan-Peraturan Racun (Bahan Psikotropik) 1989 · Poisons (Psychotropic Substances) Regulations 1989';
  const rows = entries.map((entry) => [
    dayMonthYear(entry.date),
    entry.bookSerial ? `${entry.serial}\n(${entry.bookSerial})` : entry.serial,
    entry.medicineLabel,
    `${entry.quantity} ${entry.unit}`,
    patientCell(entry),
    referenceCell(entry),
    entry.dispensedBy,
  ]);
  return {
    title,
    languages: ['ms', 'en'],
    page: A4_LANDSCAPE,
    blocks: [
      { kind: 'heading', text: title },
      { kind: 'paragraph', text: basis },
      periodOf(range),
      rows.length === 0
        ? { kind: 'paragraph', text: 'Tiada catatan dalam tempoh ini / No entries in this period' }
        : {
            kind: 'table',
            columns: [
              { title: 'Tarikh / Date', width: 1.1 },
              { title: 'No. siri / Serial', width: 1.5 },
              { title: 'Ubat / Medicine', width: 2.5 },
              { title: 'Kuantiti / Qty', width: 1, align: 'right' },
              { title: 'Pesakit / Patient', width: 2.5 },
              { title: 'Preskripsi / Prescription', width: 2.2 },
              { title: 'Dibekalkan oleh / Supplied by', width: 1.5 },
            ],
            rows,
          },
    ],
  };
}

/** A dangerous drug's running balance for a period, to copy into the bound register (Dangerous Drugs Regulations 1952). */
export function dangerousDrugsPage(medicineLabel: string, unit: string, range: { from: string; to: string }, balance: DangerousDrugBalance): PageContent {
  const title = `Baki Dadah Berbahaya / Dangerous Drug Balance: ${medicineLabel}`;
  return {
    title,
    languages: ['ms', 'en'],
    page: A4_LANDSCAPE,
    blocks: [
      { kind: 'heading', text: title },
      { kind: 'paragraph', text: 'Untuk disalin ke dalam daftar berjilid · To be copied into the bound register (Dangerous Drugs Regulations 1952)' },
      periodOf(range),
      { kind: 'fields', fields: [{ label: 'Baki awal / Opening balance', value: `${balance.openingBalance} ${unit}` }] },
      {
        kind: 'table',
        columns: [
          { title: 'Tarikh / Date', width: 1 },
          { title: 'Butiran / Particulars', width: 3 },
          { title: 'Kelompok / Batch', width: 1.2 },
          { title: 'Diterima / Received', width: 1, align: 'right' },
          { title: 'Dikeluarkan / Issued', width: 1, align: 'right' },
          { title: 'Baki / Balance', width: 1, align: 'right' },
        ],
        rows: balance.rows.length === 0 ? [['', 'Tiada pergerakan / No movements', '', '', '', '']] : balance.rows.map((row) => [dayMonthYear(row.date), `${row.kind}: ${row.particulars}`, row.batchNo, row.received ? String(row.received) : '', row.issued ? String(row.issued) : '', String(row.balance)]),
      },
      { kind: 'fields', fields: [{ label: 'Baki akhir / Closing balance', value: `${balance.closingBalance} ${unit}` }] },
    ],
  };
}
