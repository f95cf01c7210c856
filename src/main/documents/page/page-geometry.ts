import { PT_PER_MM } from '../pdf-drawing';
import { PAPER_MM, type PageSetup } from './page-layout';

/** Where a page's content may go, in points from the top-left corner. */
export interface PageGeometry {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
  /** Between the left and right margins. */
  bodyWidth: number;
}

/** An A5 page has narrower margins and smaller type, so an MC's content still fits on one. */
const DEFAULT_MARGINS_MM = { A4: 18, A5: 12 } as const;

/** Sizes in points: body text, the levels of heading, the clinic's name, and the furniture (header, footer, letterhead lines). */
export interface PageType {
  body: number;
  heading1: number;
  heading2: number;
  clinicName: number;
  furniture: number;
}

const TYPE: Record<PageSetup['size'], PageType> = {
  A4: { body: 10, heading1: 15, heading2: 11.5, clinicName: 16, furniture: 8 },
  A5: { body: 9, heading1: 13, heading2: 10.5, clinicName: 14, furniture: 7.5 },
};

export function pageGeometry(setup: PageSetup): PageGeometry {
  const paper = PAPER_MM[setup.size];
  const [widthMm, heightMm] = setup.orientation === 'portrait' ? [paper.width, paper.height] : [paper.height, paper.width];
  const fallback = DEFAULT_MARGINS_MM[setup.size];
  const margins = setup.marginsMm ?? { top: fallback, right: fallback, bottom: fallback, left: fallback };
  const width = widthMm * PT_PER_MM;
  const left = margins.left * PT_PER_MM;
  const right = margins.right * PT_PER_MM;
  return { width, height: heightMm * PT_PER_MM, top: margins.top * PT_PER_MM, right, bottom: margins.bottom * PT_PER_MM, left, bodyWidth: width - left - right };
}

export function pageType(setup: PageSetup): PageType {
  return TYPE[setup.size];
}
