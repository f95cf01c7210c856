import { describe, expect, it } from 'vitest';
import { paginate, type Piece } from './paginate';

/** A piece that draws nothing, named so a test can see where it went. */
function piece(name: string, height: number, extra: Partial<Piece> = {}): Piece & { name: string } {
  return { name, height, gapBefore: 0, draw: () => undefined, ...extra };
}

const names = (pages: ReturnType<typeof paginate>): string[][] => pages.map((page) => page.map(({ piece: placed }) => (placed as Piece & { name: string }).name));

describe('paginate', () => {
  it('breaks between pieces only, and leaves out the gap above a piece that starts a page', () => {
    const pages = paginate([piece('a', 40), piece('b', 40, { gapBefore: 10 }), piece('c', 40, { gapBefore: 10 })], () => 100);
    expect(names(pages)).toEqual([['a', 'b'], ['c']]);
    expect(pages[0].map(({ y }) => y)).toEqual([0, 50]);
    expect(pages[1][0].y).toBe(0);
  });

  it('gives the first page less room when its body is shorter (the letterhead)', () => {
    const pages = paginate([piece('a', 40), piece('b', 40), piece('c', 40)], (page) => (page === 0 ? 50 : 100));
    expect(names(pages)).toEqual([['a'], ['b', 'c']]);
  });

  it('repeats a table’s header at the top of each page its rows go on to, and keeps the header with the first row', () => {
    const header = piece('header', 10, { keepWithNext: true });
    const rows = ['r1', 'r2', 'r3', 'r4', 'r5'].map((name) => piece(name, 30, { repeat: header }));
    const pages = paginate([piece('intro', 75), header, ...rows], () => 100);
    // The header does not fit with r1 under the intro, so both move on together.
    expect(names(pages)).toEqual([['intro'], ['header', 'r1', 'r2', 'r3'], ['header', 'r4', 'r5']]);
  });

  it('keeps a heading with what follows it', () => {
    const pages = paginate([piece('text', 80), piece('heading', 10, { keepWithNext: true }), piece('line', 15)], () => 100);
    expect(names(pages)).toEqual([['text'], ['heading', 'line']]);
  });

  it('cuts only a piece taller than a whole page, where its split says, and repeats the header over the rest', () => {
    const header = piece('header', 10, { keepWithNext: true });
    const tall = (name: string, height: number): Piece & { name: string } =>
      piece(name, height, { repeat: header, split: (room) => (room < 20 ? null : [tall(`${name}.head`, Math.floor(room / 20) * 20), tall(`${name}.rest`, height - Math.floor(room / 20) * 20)]) });
    const pages = paginate([header, tall('short', 20), tall('long', 200)], () => 100);
    expect(names(pages)).toEqual([['header', 'short'], ['header', 'long.head'], ['header', 'long.rest.head'], ['header', 'long.rest.rest']]);
    for (const page of pages) expect(page.reduce((sum, { piece: placed }) => sum + placed.height, 0)).toBeLessThanOrEqual(100);
  });

  it('lets a piece that cannot be cut run over its own page rather than loop', () => {
    expect(names(paginate([piece('a', 10), piece('huge', 150)], () => 100))).toEqual([['a'], ['huge']]);
  });
});
