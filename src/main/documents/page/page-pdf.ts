import { startPdf } from '../pdf-drawing';
import { blockPieces } from './page-blocks';
import { drawCopyMark, footer, letterheadFurniture, runningHeader } from './page-furniture';
import { pageGeometry, pageType } from './page-geometry';
import type { PageDocument } from './page-layout';
import { paginate } from './paginate';

export interface PageRenderOptions {
  /** A reprint: every page is marked as copy number `copy` (1 for the first reprint). */
  copy?: number;
}

/**
 * Renders a page document to a PDF: the letterhead on page 1, the running header on the pages
 * after it, a footer with the serial and "Page N of M" on every page, and the blocks in between.
 * Everything is measured and paginated first, then drawn, so each page knows how many there are.
 * Text is set in the bundled fonts (pdf-fonts.ts), every script mixed on a line as it comes.
 */
export async function renderPagePdf(document: PageDocument, options: PageRenderOptions = {}): Promise<Buffer> {
  const geometry = pageGeometry(document.page);
  const type = pageType(document.page);
  const width = geometry.bodyWidth;
  const header = runningHeader(document.letterhead?.name ?? '', document.runningHeader ?? document.title, type, width);
  const firstTop = document.letterhead ? letterheadFurniture(document.letterhead, type, width) : header;
  const foot = footer(document.stamp ? `${document.words.serialNo} ${document.stamp.serial}` : document.title, document.words, type, width);
  const context = { width, type, words: document.words, stamp: document.stamp };
  const pieces = document.blocks.flatMap((block) => blockPieces(block, context));
  const bodyTop = (page: number): number => geometry.top + (page === 0 ? firstTop : header).height;
  const bodyBottom = geometry.height - geometry.bottom - foot.height;
  const pages = paginate(pieces, (page) => bodyBottom - bodyTop(page));

  const { doc, finish } = startPdf(document.stamp ? `${document.title} ${document.stamp.serial}` : document.title);
  pages.forEach((placed, index) => {
    doc.addPage({ size: [geometry.width, geometry.height], margin: 0 });
    if (options.copy !== undefined) drawCopyMark(doc, geometry, type, document.words, options.copy);
    (index === 0 ? firstTop : header).draw(doc, geometry.left, geometry.top);
    for (const { piece, y } of placed) piece.draw(doc, geometry.left, bodyTop(index) + y);
    foot.draw(doc, geometry.left, bodyBottom, index + 1, pages.length);
  });
  return finish();
}
