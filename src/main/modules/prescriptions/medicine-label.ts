import type { ClinicProfile } from '../../../shared/schemas/clinic';
import { doseWords } from '../../../shared/prescribing/dose-words';
import { dayMonthYear } from '../../documents';
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
  /** The prescription's serial, the Prescription Book reference; null until one is printed. */
  prescriptionSerial: string | null;
}

/**
 * One dispensing label, with each field from Poisons Regulations 1952 reg 12 (amended 2003)
 * unless said otherwise: the medicine's name (and strength), the patient's name, the directions
 * for use — in Malay and in English, as the Medicines (Advertisement and Sale) Act 1956 s6 allows
 * either and patients read one or the other —, the quantity, the date, the Prescription Book
 * reference, and the supplier's name and address.
 *
 * "UBAT TERKAWAL / CONTROLLED MEDICINE" (reg 12) belongs on every controlled item (a
 * poison in the First Schedule, MAL…A products). The medicine master has no legal class yet, so
 * nothing is marked here: the pharmacy issue adds the class to medicines and the line
 * `...(medicine.controlled ? ['UBAT TERKAWAL / CONTROLLED MEDICINE'] : [])` first in `lines`.
 */
export function medicineLabel(line: PrescriptionLineRecord, facts: LabelFacts): MedicineLabel {
  const address = facts.clinic.address.split(/\r?\n/).map((part) => part.trim()).filter(Boolean).join(', ');
  return {
    lines: [
      line.medicineLabel,
      facts.patientName,
      doseWords(line, 'ms'),
      doseWords(line, 'en'),
      ...(line.instructions ? [line.instructions] : []),
      `Kuantiti / Qty: ${line.quantity} ${line.quantityUnit}    Tarikh / Date: ${dayMonthYear(facts.date)}${facts.prescriptionSerial ? `    Rujukan / Ref: ${facts.prescriptionSerial}` : ''}`,
      `${facts.clinic.name}, ${address}${facts.clinic.phone ? ` · ${facts.clinic.phone}` : ''}`,
    ],
  };
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
