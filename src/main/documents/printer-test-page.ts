import { dayMonthYear } from './queue-ticket';
import type { DocumentLayout } from './layout';

/**
 * What "Test print" prints: the clinic's name, a numbered ruler exactly one line wide (so a
 * wrong paper width shows as a wrapped or short ruler), the time, and a QR code to check that
 * the printer draws QR codes at all.
 */
export function printerTestPage(clinicName: string, charsPerLine: number, clinicDate: string, time: string): DocumentLayout {
  const ruler = Array.from({ length: charsPerLine }, (_, index) => String((index + 1) % 10)).join('');
  return {
    title: clinicName,
    blocks: [
      { kind: 'text', text: clinicName, bold: true, align: 'center' },
      { kind: 'rule' },
      { kind: 'text', text: ruler },
      { kind: 'text', text: `${dayMonthYear(clinicDate)} ${time}`, align: 'center' },
      { kind: 'space' },
      { kind: 'qr', data: `CLINICDESK:TEST:${clinicDate}T${time}` },
    ],
  };
}
