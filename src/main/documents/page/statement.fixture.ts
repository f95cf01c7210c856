import type { PageContent } from './page-layout';

/** Row `index`'s code, as printed in its first cell: R001, R002 … */
export const rowCode = (index: number): string => `R${String(index + 1).padStart(3, '0')}`;

/**
 * The item on row `index`: Malay, Tamil and Chinese names in turn, and every fourth a long
 * instruction that wraps to two lines and ends in a marker, to see the row kept whole.
 */
export function itemOf(index: number): string {
  switch (index % 4) {
    case 0:
      return `Ubat batuk sirap ${rowCode(index)}`;
    case 1:
      return `பாராசிட்டமால் மாத்திரை ${rowCode(index)}`;
    case 2:
      return `扑热息痛片 止咳糖浆 ${rowCode(index)}`;
    default:
      return `Paracetamol 500 mg: makan 2 biji selepas makan, 3 kali sehari / take 2 tablets after meals, 3 times a day end-${rowCode(index)}`;
  }
}

/** A statement of account on A4 whose table of `rows` items runs over several pages. */
export function sampleStatement(rows: number, languages: PageContent['languages'] = ['en']): PageContent {
  return {
    title: 'Statement of account',
    languages,
    page: { size: 'A4', orientation: 'portrait' },
    runningHeader: 'Statement of account · Tan Ah Kow',
    blocks: [
      { kind: 'heading', text: 'Statement of account / Penyata akaun', align: 'center' },
      {
        kind: 'fields',
        fields: [
          { label: 'Patient / Pesakit', value: 'Tan Ah Kow 陈阿九' },
          { label: 'IC / No. K/P', value: '700101-10-5111' },
          { label: 'Period / Tempoh', value: '01/11/2026 – 30/11/2026' },
        ],
      },
      { kind: 'paragraph', text: 'Every item supplied this month. Setiap ubat yang dibekalkan bulan ini. இந்த மாதம் வழங்கப்பட்டவை. 本月所配药品。' },
      { kind: 'heading', text: 'Items', level: 2 },
      {
        kind: 'table',
        columns: [
          { title: 'Code', width: 1.2 },
          { title: 'Item / Ubat', width: 6 },
          { title: 'Qty', width: 1, align: 'right' },
          { title: 'Amount (RM)', width: 1.6, align: 'right' },
        ],
        rows: Array.from({ length: rows }, (_, index) => [rowCode(index), itemOf(index), String((index % 3) + 1), `${(index % 7) + 1}.50`]),
      },
      { kind: 'serial-box' },
      { kind: 'signatures', signatures: [{ label: 'Prepared by', name: 'Farah binti Ahmad' }, { label: 'Checked by', name: 'Dr Aminah binti Hassan', detail: 'MMC 54321' }] },
    ],
  };
}
