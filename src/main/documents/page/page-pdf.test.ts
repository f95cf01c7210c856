import { beforeAll, describe, expect, it } from 'vitest';
import { qrOnPage, readPdf, requirePoppler, savePagePng } from '../../../../tests/support/pdf-pages';
import { CLINIC } from '../../../../tests/support/test-hub';
import { verificationQr } from '../document-kinds';
import { sampleMedicalCertificate } from '../medical-certificate.fixture';
import { composeDocument } from './compose-document';
import type { IssueStamp, PageContent } from './page-layout';
import { renderPagePdf } from './page-pdf';
import { itemOf, rowCode, sampleStatement } from './statement.fixture';

/** Sixty rows of the sample statement fill three A4 pages, the table going on over two breaks. */
const ROWS = 60;
const STAMP: IssueStamp = { serial: 'MC-2026-00412', verificationCode: '7KQ4-M2XD', issuedAt: '23/11/2026 09:41', qrData: verificationQr('MC-2026-00412', '7KQ4M2XD') };
const HEADER_ROW = /Code\s+Item \/ Ubat\s+Qty\s+Amount \(RM\)/;

beforeAll(() => requirePoppler());

/** Collapses runs of spaces, so a line reads as words whatever column layout pdftotext chose. */
const words = (text: string): string => text.replace(/[ \t]+/g, ' ');

describe('an A4 statement whose table runs over three pages, in English, Malay, Tamil and Chinese', () => {
  let pages: string[] = [];
  beforeAll(async () => {
    const pdf = await renderPagePdf(composeDocument(sampleStatement(ROWS), CLINIC, null));
    const read = await readPdf(pdf);
    expect(read.pageSize).toMatch(/\(A4\)$/);
    pages = read.pages;
    await savePagePng(pdf, 'documents-a4-statement', 2);
  });

  it('has three pages numbered "Page N of 3"', () => {
    expect(pages).toHaveLength(3);
    pages.forEach((page, index) => expect(words(page)).toContain(`Page ${index + 1} of 3`));
  });

  it('prints the letterhead on page 1 only, and the running header on the pages after it', () => {
    expect(words(pages[0])).toContain('Klinik Sejahtera');
    expect(words(pages[0])).toContain('12 Jalan SS2/24, 47300 Petaling Jaya, Selangor');
    expect(words(pages[0])).toMatch(/Tel: \+60 3-7876 1234 Reg\. no\.: KKM-PJ-00123/);
    for (const page of pages.slice(1)) {
      expect(words(page)).not.toContain('KKM-PJ-00123');
      expect(words(page)).toMatch(/Klinik Sejahtera Statement of account · Tan Ah Kow/);
    }
  });

  it('repeats the table’s header row at the top of the table on every page', () => {
    for (const page of pages) expect(page).toMatch(HEADER_ROW);
    // On the pages after the first, the header row comes before any row.
    for (const page of pages.slice(1)) expect(page.search(HEADER_ROW)).toBeLessThan(page.search(/R\d{3}/));
  });

  it('keeps every row whole on one page, in order, every script read back as typed', () => {
    const pageOf = (word: string): number[] => pages.flatMap((page, index) => (new RegExp(`(^|\\s)${word}(\\s|$)`, 'm').test(page) ? [index] : []));
    const seen: number[] = [];
    for (let index = 0; index < ROWS; index++) {
      const code = rowCode(index);
      const [page, ...others] = pageOf(code);
      expect(others, `${code} is on one page`).toEqual([]);
      seen.push(page);
      // A two-line row's last words are on the page its first line is on.
      if (itemOf(index).includes('end-')) expect(pageOf(`end-${code}`), `${code} is not split`).toEqual([page]);
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen)).toEqual(new Set([0, 1, 2]));
    const all = pages.map(words).join('\n');
    for (const text of ['பாராசிட்டமால் மாத்திரை R002', '扑热息痛片 止咳糖浆 R003', 'makan 2 biji selepas makan', 'Tan Ah Kow 陈阿九', 'இந்த மாதம் வழங்கப்பட்டவை.', '本月所配药品。']) {
      expect(all).toContain(text);
    }
  });

  it('prints the page furniture in Malay for a Malay document', async () => {
    const { pages: malay } = await readPdf(await renderPagePdf(composeDocument(sampleStatement(ROWS, ['ms']), CLINIC, null)));
    expect(malay.map((page) => /Muka surat \d daripada \d/.exec(words(page))?.[0])).toEqual(['Muka surat 1 daripada 3', 'Muka surat 2 daripada 3', 'Muka surat 3 daripada 3']);
    expect(words(malay[0])).toContain('No. pendaftaran: KKM-PJ-00123');
  });
});

describe('an A5 medical certificate', () => {
  it('fits one A5 page with the letterhead, the patient, the leave, the signature and a serial box whose QR code reads back', async () => {
    const pdf = await renderPagePdf(composeDocument(sampleMedicalCertificate(), CLINIC, STAMP));
    const { pages, pageSize } = await readPdf(pdf);
    // pdfinfo names A4 but not A5: 148 × 210 mm.
    expect(pageSize).toMatch(/^419\.5\d* x 595\.2\d* pts/);
    expect(pages).toHaveLength(1);
    const text = words(pages[0]);
    for (const expected of [
      'Klinik Sejahtera',
      'SIJIL CUTI SAKIT / MEDICAL CERTIFICATE',
      'Tan Ah Kow 陈阿九',
      '700101-10-5111',
      '2 hari / days: 23/11/2026 – 24/11/2026',
      'Dr Aminah binti Hassan',
      'MMC 54321',
      'No. siri / Serial no.',
      'MC-2026-00412',
      'Kod pengesahan / Verification code',
      '7KQ4-M2XD',
      'Muka surat 1 daripada 1 / Page 1 of 1',
    ]) {
      expect(text).toContain(expected);
    }
    expect(await qrOnPage(pdf)).toBe('CLINICDESK:DOC:MC-2026-00412:7KQ4M2XD');
    await savePagePng(pdf, 'documents-a5-medical-certificate');
  });

  it('prints A5 landscape as wide as it is tall the other way', async () => {
    const content = { ...sampleMedicalCertificate(), page: { size: 'A5', orientation: 'landscape' } as const };
    const { pageSize } = await readPdf(await renderPagePdf(composeDocument(content, CLINIC, STAMP)));
    expect(pageSize).toMatch(/^595\.2\d* x 419\.5\d* pts/);
  });

  it('draws a rule, a space and a QR code with its caption (a link to the clinic’s booking page, say)', async () => {
    const content: PageContent = {
      title: 'Appointment card',
      languages: ['en'],
      page: { size: 'A5', orientation: 'landscape' },
      blocks: [
        { kind: 'heading', text: 'Your next appointment', level: 2 },
        { kind: 'rule' },
        { kind: 'space', mm: 8 },
        { kind: 'qr', data: 'https://klinik-sejahtera.example/book', caption: 'Scan to change it / Imbas untuk menukar', sizeMm: 30 },
      ],
    };
    const pdf = await renderPagePdf(composeDocument(content, CLINIC, null));
    expect(words((await readPdf(pdf)).pages[0])).toContain('Scan to change it / Imbas untuk menukar');
    expect(await qrOnPage(pdf)).toBe('https://klinik-sejahtera.example/book');
  });
});
