import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labReportPdf, scannedReportPdf } from '../../../../../tests/support/lab-report-pdf';
import { readPdf, requirePoppler } from '../../../../../tests/support/pdf-pages';
import { readLabReport } from './lab-report-reader';
import { pdfText } from './pdf-text';

const fixture = (name: string) => readFile(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('the text of an uploaded lab report PDF', () => {
  it('is the report as printed, its columns apart, read the same as the pasted report', async () => {
    requirePoppler();
    const report = await fixture('pathlab-fbc-lipid.txt');
    const pdf = await labReportPdf(report);
    // poppler reads the fixture PDF as the report: the test PDF is what a lab would send.
    expect((await readPdf(pdf)).pages.join('\n')).toMatch(/HAEMOGLOBIN\s+11\.2\s+L\s+g\/dL\s+12\.0 - 15\.0/);
    const text = await pdfText(new Uint8Array(pdf));
    expect(text).toContain('SITI NURHALIZA BINTI ABDULLAH');
    expect(text).toMatch(/HAEMOGLOBIN {2,}11\.2 {2,}L {2,}g\/dL {2,}12\.0 - 15\.0/);
    expect(readLabReport(text)).toEqual(readLabReport(report));
  });

  it('reads every page', async () => {
    const pdf = await labReportPdf('FULL BLOOD COUNT\nHAEMOGLOBIN   13.5   g/dL   13.0 - 17.0\n\fRENAL PROFILE\nPotassium   3.3   L   mmol/L   3.5-5.1');
    const rows = readLabReport(await pdfText(new Uint8Array(pdf)));
    expect(rows.map((row) => [row.test, row.value, row.flag])).toEqual([
      ['HAEMOGLOBIN', '13.5', 'normal'],
      ['Potassium', '3.3', 'low'],
    ]);
  });

  it('says a scanned report has no text, and a file that is not a PDF cannot be read', async () => {
    await expect(pdfText(new Uint8Array(await scannedReportPdf()))).rejects.toMatchObject({ code: 'LAB_PDF_NO_TEXT' });
    await expect(pdfText(new Uint8Array(Buffer.from('HAEMOGLOBIN 13.5 g/dL')))).rejects.toMatchObject({ code: 'LAB_PDF_UNREADABLE' });
  });
});
