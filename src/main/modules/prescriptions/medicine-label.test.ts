import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEscPos, textOf } from '../../../../tests/support/escpos-decoder';
import { readPdf, requirePoppler } from '../../../../tests/support/pdf-pages';
import { serialPrinterStub } from '../../../../tests/support/receipt-printer-stub';
import { DEFAULT_PRINTER_SETTINGS } from '../../../shared/schemas/printer';
import { openPrinter } from '../../devices/printer';
import { CONTROLLED_MARK, labelEscPos, labelFor, medicineLabelsPdf, type LabelFacts, type LabelLine } from './medicine-label';

const FACTS: LabelFacts = {
  clinic: { name: 'Klinik Sejahtera', address: '12 Jalan SS2/24\n47300 Petaling Jaya', phone: '03-7876 1234' },
  patientName: 'Tan Ah Kow',
  date: '2026-12-05',
  prescriptionSerial: 'PB-2026-000123',
};

const DIAZEPAM: LabelLine = {
  medicineLabel: 'Diazepam 5 mg tablet',
  legalClass: 'psychotropic',
  doseValue: 1,
  doseUnit: 'tablet',
  frequency: 'nocte',
  durationDays: 5,
  route: 'oral',
  timing: 'any',
  quantity: 5,
  quantityUnit: 'tablet',
  instructions: '',
};

const PARACETAMOL: LabelLine = { ...DIAZEPAM, medicineLabel: 'Paracetamol 500 mg tablet', legalClass: 'otc', doseValue: 2, frequency: 'QID', timing: 'afterFood', quantity: 40 };

beforeAll(() => requirePoppler());

/** Bytes ending in GS V (cut), counted: the printer is done when every label is cut. */
const cuts = (bytes: Uint8Array): number => bytes.reduce((count, byte, index) => count + (byte === 0x1d && bytes[index + 1] === 0x56 ? 1 : 0), 0);

describe('the dispensing label (Poisons Regulations 1952 reg 12)', () => {
  it('puts "UBAT TERKAWAL / CONTROLLED MEDICINE" first on a controlled item only, with the Prescription Book reference', () => {
    const controlled = labelFor(DIAZEPAM, FACTS).lines;
    expect(controlled[0]).toBe(CONTROLLED_MARK);
    expect(controlled.slice(1, 3)).toEqual(['Diazepam 5 mg tablet', 'Tan Ah Kow']);
    expect(controlled.join('\n')).toContain('Rujukan / Ref: PB-2026-000123');
    expect(controlled.join('\n')).toContain('Kuantiti / Qty: 5 tablet');
    expect(controlled.join('\n')).toContain('05/12/2026');
    expect(controlled.at(-1)).toContain('Klinik Sejahtera, 12 Jalan SS2/24, 47300 Petaling Jaya');
    const otc = labelFor(PARACETAMOL, FACTS).lines;
    expect(otc[0]).toBe('Paracetamol 500 mg tablet');
    expect(otc).not.toContain(CONTROLLED_MARK);
    expect(labelFor({ ...PARACETAMOL, legalClass: null }, FACTS).lines).not.toContain(CONTROLLED_MARK);
  });

  it('prints as a PDF a label a page, read back with pdftotext', async () => {
    const { pages } = await readPdf(await medicineLabelsPdf([labelFor(DIAZEPAM, FACTS), labelFor(PARACETAMOL, FACTS)]));
    expect(pages).toHaveLength(2);
    const first = pages[0].replace(/\s+/g, ' ');
    expect(first).toContain('UBAT TERKAWAL / CONTROLLED MEDICINE');
    expect(first).toContain('PB-2026-000123');
    expect(first).toMatch(/Makan 1 biji/);
    expect(pages[1]).not.toContain('UBAT TERKAWAL');
  });

  it('prints on the receipt printer as ESC/POS through a virtual serial port, each label cut off on its own', async () => {
    const stub = await serialPrinterStub('ready');
    try {
      const printer = openPrinter({ ...DEFAULT_PRINTER_SETTINGS, connection: { kind: 'escpos-serial', path: stub.hubEnd, baudRate: 9600 }, checkStatus: false });
      await printer.print(labelEscPos([labelFor(DIAZEPAM, FACTS), labelFor(PARACETAMOL, FACTS)]));
      await printer.close();
      const received = await stub.waitFor((bytes) => cuts(bytes) === 2);
      const { jobs } = decodeEscPos(received);
      expect(jobs).toHaveLength(2);
      expect(jobs.every((job) => job.cut)).toBe(true);
      const controlled = textOf(jobs[0]);
      expect(controlled[0]).toBe(CONTROLLED_MARK);
      expect(jobs[0].lines[0]).toMatchObject({ bold: true, align: 'center' });
      expect(controlled.join(' ')).toContain('Diazepam 5 mg tablet');
      expect(controlled.join(' ')).toContain('PB-2026-000123');
      expect(controlled.join(' ')).toContain('Tan Ah Kow');
      expect(textOf(jobs[1])[0]).toBe('Paracetamol 500 mg tablet');
      expect(textOf(jobs[1])).not.toContain(CONTROLLED_MARK);
    } finally {
      await stub.close();
    }
  });
});
