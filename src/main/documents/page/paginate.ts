/**
 * A measured, unbreakable stretch of a page's body: a heading, one line of a paragraph, one
 * table row, a signature block. Pages are filled with pieces top to bottom; a page breaks only
 * between pieces, so no line of text is ever cut.
 */
export interface Piece {
  height: number;
  /** Space above it, left out at the top of a page. */
  gapBefore: number;
  /** Never the last piece on a page: a heading, a table's header row. */
  keepWithNext?: boolean;
  /** Drawn first on each further page the piece's block goes on to: a table's header row over its rows. */
  repeat?: Piece;
  /**
   * Cuts a piece taller than a whole page (a table row with a very long cell) between lines: the
   * part at most `height` tall, and the rest; null when not even one line fits.
   */
  split?: (height: number) => [Piece, Piece] | null;
  /** Draws it with its top-left corner at (x, y). */
  draw: (doc: PDFKit.PDFDocument, x: number, y: number) => void;
}

/** A piece on its page, `y` points below the top of the page's body. */
export interface PlacedPiece {
  piece: Piece;
  y: number;
}

/**
 * Fills pages with pieces, in order. `bodyHeight(page)` is how tall page `page`'s body is (the
 * first page gives room to the letterhead, later ones to the running header). The result is the
 * whole document's pagination, known before anything is drawn, so "Page N of M" is right.
 */
export function paginate(pieces: readonly Piece[], bodyHeight: (page: number) => number): PlacedPiece[][] {
  const pages: PlacedPiece[][] = [];
  let page: PlacedPiece[] = [];
  let used = 0;
  /** Whether the page holds more than a repeated header: only then may a piece move on to the next page. */
  let hasContent = false;
  const place = (piece: Piece, gap: number): void => {
    page.push({ piece, y: used + gap });
    used += gap + piece.height;
  };
  const nextPage = (coming: Piece): void => {
    pages.push(page);
    page = [];
    used = 0;
    hasContent = false;
    if (coming.repeat) place(coming.repeat, 0);
  };
  /** The piece and those it keeps with it; a chain taller than a page is given up by the fresh-page case below. */
  const keptHeight = (index: number, piece: Piece): number => {
    const next = pieces[index + 1];
    return piece.height + (piece.keepWithNext && next ? next.gapBefore + keptHeight(index + 1, next) : 0);
  };

  pieces.forEach((first, index) => {
    let piece = first;
    for (;;) {
      const available = bodyHeight(pages.length) - used;
      const gap = hasContent ? piece.gapBefore : 0;
      if (gap + keptHeight(index, piece) <= available || (!hasContent && gap + piece.height <= available)) {
        place(piece, gap);
        hasContent = true;
        return;
      }
      if (hasContent) {
        nextPage(piece);
        continue;
      }
      // Alone on a fresh page and still too tall: cut it between lines, or let it run over rather than loop.
      const parts = piece.split?.(available - gap);
      if (!parts) {
        place(piece, gap);
        hasContent = true;
        return;
      }
      place(parts[0], gap);
      piece = parts[1];
      nextPage(piece);
    }
  });
  pages.push(page);
  return pages;
}
