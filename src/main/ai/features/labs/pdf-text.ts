import { getDocumentProxy } from 'unpdf';
import { AppError } from '../../../errors/app-error';

interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One page's text as lines, left to right, with a wide gap between two pieces kept as several
 * spaces: the report's columns stay apart as they are on paper, which is what the lab reader reads.
 */
function pageLines(items: readonly PlacedText[]): string[] {
  const rows: PlacedText[][] = [];
  const sorted = [...items].filter((item) => item.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  for (const item of sorted) {
    const row = rows.at(-1);
    const tolerance = Math.max(2, (row?.[0].height ?? item.height) * 0.4);
    if (row && Math.abs(row[0].y - item.y) <= tolerance) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    let line = '';
    let right: number | null = null;
    for (const item of row.sort((a, b) => a.x - b.x)) {
      if (right !== null) {
        const gap = item.x - right;
        line += gap > Math.max(item.height, 4) * 1.2 ? '    ' : gap > 0.5 || !line.endsWith(' ') ? ' ' : '';
      }
      line += item.str;
      right = item.x + item.width;
    }
    return line.replace(/ +$/, '');
  });
}

/**
 * The text of an uploaded text PDF (a lab report), page after page. A PDF that is not one is
 * refused as unreadable; a scanned one (pictures of pages, no text) as having no text, so the
 * doctor knows to paste or type the results instead.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  let document;
  try {
    document = await getDocumentProxy(bytes, { isEvalSupported: false, verbosity: 0 });
  } catch {
    throw new AppError('LAB_PDF_UNREADABLE');
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.flatMap((item): PlacedText[] =>
        'str' in item ? [{ str: item.str, x: Number(item.transform[4]), y: Number(item.transform[5]), width: item.width, height: item.height || Math.abs(Number(item.transform[3])) }] : [],
      );
      pages.push(pageLines(items).join('\n'));
    }
    const text = pages.join('\n\n').trim();
    if (!text) throw new AppError('LAB_PDF_NO_TEXT');
    return text;
  } finally {
    await document.destroy();
  }
}
