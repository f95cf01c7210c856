import type { ClinicProfile } from '../../../shared/schemas/clinic';
import type { LegalClass } from '../../../shared/pharmacy/legal-classes';
import { isControlled } from '../../../shared/pharmacy/legal-classes';
import { doseWords, type DoseLine } from '../../../shared/prescribing/dose-words';
import { dayMonthYear, renderEscPos, type DocumentLayout, type LayoutBlock } from '../../documents';
import { PT_PER_MM, startPdf } from '../../documents/pdf-drawing';
import { drawText, layoutText, type TextBox } from '../../documents/pdf-text';
import type { PrescriptionLineRecord } from './entities';

/** A common dispensary label roll: 70 × 40 mm, one label a page, as label printers feed them. */
const LABEL_MM = { width: 70, height: 40 };
const MARGIN = 2 * PT_PER_MM;
/** Tried largest first: the label keeps the largest type its text fits in. */
const SIZES = [7.5, 7, 6.5, 6, 5.5, 5];

export interface MedicineLabel {
  /** Each line of text, top to bottom; the first is printed bold. */
  lines: string[];
}

export interface LabelFacts {
  clinic: Pick<ClinicProfile, 'name' | 'address' | 'phone'>;
  patientName: string;
  date: string;
  /**
   * The Prescription Book reference: the register entry's serial (PB-2026-000123) when the
   * dispensing prints the label, the prescription's serial when the doctor's room does; null
   * until either exists.
   */
  prescriptionSerial: string | null;
}

/** What a label says of one dispensed line: the medicine, its legal class, the directions and the quantity given. */
export type LabelLine = (DoseLine | SpokenDirections) & {
  medicineLabel: string;
  /** Null where it is not known (the doctor's room prints from the prescription line, which has none). */
  legalClass: LegalClass | null;
  quantity: number;
  quantityUnit: string;
  instructions: string;
};

/** An over-the-counter sale has no prescribed dose: the label carries the directions the pharmacist gave, as given. */
export interface SpokenDirections {
  directions: string;
}

/** Reg 12 Poisons Regulations 1952 (amended 2003): the words every controlled item's label carries, first. */
export const CONTROLLED_MARK = 'UBAT TERKAWAL / CONTROLLED MEDICINE';

/**
 * One dispensing label. Every field is there because a regulation asks for it; each is named by
 * its line below. Labels are printed in Malay and English both, as the Medicines (Advertisement
 * and Sale) Act 1956 s6 allows either and patients read one or the other.
 */
export function labelFor(line: LabelLine, facts: LabelFacts): MedicineLabel {
  const address = facts.clinic.address.split(/\r?\n/).map((part) => part.trim()).filter(Boolean).join(', ');
  return {
    lines: [
      // Poisons Regulations 1952 reg 12: "UBAT TERKAWAL / CONTROLLED MEDICINE" on a poison of the First Schedule.
      ...(line.legalClass && isControlled(line.legalClass) ? [CONTROLLED_MARK] : []),
      // Reg 12: the name of the medicine (and its strength, Medicines (Advertisement and Sale) Act s6).
      line.medicineLabel,
      // Reg 12: the name of the person it is supplied for.
      facts.patientName,
      // Reg 12: the directions for use — dose, how often, when — in Malay, then English.
      ...('directions' in line ? [line.directions].filter(Boolean) : [doseWords(line, 'ms'), doseWords(line, 'en')]),
      ...(line.instructions ? [line.instructions] : []),
      // Reg 12: the quantity supplied, the date, and the Prescription Book reference (the Poisons Act s24 entry's serial).
      `Kuantiti / Qty: ${line.quantity} ${line.quantityUnit}    Tarikh / Date: ${dayMonthYear(facts.date)}${facts.prescriptionSerial ? `    Rujukan / Ref: ${facts.prescriptionSerial}` : ''}`,
      // Reg 12: the name and address of the supplier — the clinic — with its phone for questions.
      `${facts.clinic.name}, ${address}${facts.clinic.phone ? ` · ${facts.clinic.phone}` : ''}`,
    ],
  };
}

/** The doctor's room's label for a prescription line, whose legal class the line does not carry. */
export function medicineLabel(line: PrescriptionLineRecord, facts: LabelFacts): MedicineLabel {
  return labelFor({ ...line, legalClass: null }, facts);
}

/** A label as the receipt printer prints it: the controlled mark large, the medicine bold, a rule between labels. */
export function labelLayout(label: MedicineLabel): DocumentLayout {
  const [first, ...rest] = label.lines;
  const controlled = first === CONTROLLED_MARK;
  return {
    title: 'Label ubat / Medicine label',
    blocks: [
      { kind: 'text', text: first, bold: true, align: controlled ? 'center' : 'left' },
      ...rest.map((text, index): LayoutBlock => ({ kind: 'text', text, bold: controlled && index === 0 })),
    ],
  };
}

/** The labels as ESC/POS bytes for the receipt printer, each cut off on its own. */
export function labelEscPos(labels: readonly MedicineLabel[], charsPerLine = 48): Uint8Array {
  const jobs = labels.map((label) => renderEscPos(labelLayout(label), { charsPerLine, copies: 1 }));
  const bytes = new Uint8Array(jobs.reduce((sum, job) => sum + job.length, 0));
  let at = 0;
  for (const job of jobs) {
    bytes.set(job, at);
    at += job.length;
  }
  return bytes;
}

/** The labels as one PDF, a 70 × 40 mm page each; the type shrinks to fit a long name or address. */
export async function medicineLabelsPdf(labels: MedicineLabel[]): Promise<Buffer> {
  const width = LABEL_MM.width * PT_PER_MM;
  const height = LABEL_MM.height * PT_PER_MM;
  const textWidth = width - 2 * MARGIN;
  const { doc, finish } = startPdf('Label ubat / Medicine labels');
  for (const label of labels) {
    doc.addPage({ size: [width, height], margin: MARGIN });
    let y = MARGIN;
    for (const box of fitted(label, textWidth, height - 2 * MARGIN)) {
      drawText(doc, box, MARGIN, y, textWidth);
      y += box.height;
    }
  }
  return finish();
}

function fitted(label: MedicineLabel, width: number, height: number): TextBox[] {
  let boxes: TextBox[] = [];
  for (const size of SIZES) {
    boxes = label.lines.map((text, index) => layoutText(text, { size, weight: index === 0 ? 'bold' : 'regular', align: 'left', lineGap: 0.5 }, width));
    if (boxes.reduce((sum, box) => sum + box.height, 0) <= height) break;
  }
  return boxes;
}
