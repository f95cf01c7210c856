import type { Features, Font, GlyphRun } from 'fontkit';

/** Mark positioning off: each mark is drawn where the font puts it by default, over the glyph before it. */
const WITHOUT_MARK_POSITIONING: Features = { mark: false, mkmk: false };
const MARK = /\p{M}/gu;

/**
 * Gives a font a `layout` that never throws, for every caller (our measuring and pdfkit's drawing).
 *
 * fontkit 2.0.4 throws inside GPOS getAnchor when a font leaves a mark's anchor on a base glyph
 * empty (a NULL offset, which the OpenType spec allows: that mark does not attach to that
 * base). Noto Sans does so for the overlay marks U+0334–0338 and a few others on most capitals,
 * so "Klinik Z̵" broke every ticket PDF. HarfBuzz leaves such a mark where it is; here the run
 * is shaped again without mark positioning (the mark keeps its default place over the glyph
 * before it), and should that fail too, its marks are drawn as "?" (the glyphs then no longer
 * stand for the text, so pdf-text.ts carries it as typed in an ActualText span).
 */
export function withSafeLayout(font: Font): Font {
  const layout = font.layout.bind(font);
  font.layout = (text: string, features?: Features): GlyphRun => {
    try {
      return layout(text, features);
    } catch {
      try {
        return layout(text, { ...features, ...WITHOUT_MARK_POSITIONING });
      } catch {
        return layout(text.replace(MARK, '?'), { ...features, ...WITHOUT_MARK_POSITIONING });
      }
    }
  };
  return font;
}
