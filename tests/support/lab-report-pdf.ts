import PDFDocument from 'pdfkit';

function pdfOf(draw: (document: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A4', margin: 40 });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
  draw(document);
  document.end();
  return done;
}

/** An outside lab's report as its lab prints it: a monospaced page, columns apart, a page break where the text has a form feed. */
export function labReportPdf(report: string): Promise<Buffer> {
  return pdfOf((document) => {
    document.font('Courier').fontSize(8);
    report.split('\f').forEach((page, index) => {
      if (index > 0) document.addPage();
      page.split('\n').forEach((line, row) => {
        if (line.trim()) document.text(line.replace(/\t/g, '    '), 40, 40 + row * 11, { lineBreak: false });
      });
    });
  });
}

/** A scanned report: pictures of lines on the page, no text in it. */
export function scannedReportPdf(): Promise<Buffer> {
  return pdfOf((document) => {
    for (let line = 0; line < 20; line += 1) document.rect(40, 60 + line * 14, 200 + (line % 5) * 40, 6).fill('#333333');
  });
}
