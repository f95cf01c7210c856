// fontkit (the font engine pdfkit itself uses) ships no types: these are the parts the PDF renderer uses.
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    /** The characters this glyph stands for: several for a ligature, in logical order. */
    codePoints: number[];
    advanceWidth: number;
    /** The outline, in font units with y up. */
    path: { toSVG(): string; commands: PathCommand[] };
  }

  /** One step of an outline: moveTo x y, lineTo x y, quadraticCurveTo cx cy x y, bezierCurveTo c1x c1y c2x c2y x y, closePath. */
  export interface PathCommand {
    command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
    args: number[];
  }

  /** Where shaping puts a glyph, in font units. */
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }

  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    /** In font units. */
    advanceWidth: number;
  }

  /** OpenType feature tags to turn on (a list), or on and off (true / false). */
  export type Features = string[] | Record<string, boolean>;

  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    ascent: number;
    /** Negative: below the baseline. */
    descent: number;
    lineGap: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** Shapes the text (OpenType GSUB/GPOS, with the script's shaper, e.g. Indic for Tamil). */
    layout(text: string, features?: Features): GlyphRun;
  }

  export interface FontCollection {
    fonts: Font[];
  }

  /** A font from a TTF/OTF buffer, or one face of a TTC collection when `postscriptName` names it. */
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}
