import { readFileSync } from 'node:fs';
import path from 'node:path';
import { create, type Font } from 'fontkit';
import { electronResourcesPath, locateAssetDir } from '../assets/app-assets';
import { withSafeLayout } from './safe-shaping';

/**
 * The fonts PDFs are printed in, shipped in assets/fonts (SOURCE.md there says where each
 * comes from). A character is drawn in the first typeface that has it: Noto Sans (Latin,
 * Greek, Cyrillic, Malay's letters), then Noto Sans Tamil, then WenQuanYi Micro Hei (Chinese,
 * simplified and traditional, Japanese kana, Korean hangul).
 */
export interface Typeface {
  /** The name the font is registered under in a PDF document. */
  name: string;
  font(weight: Weight): Font;
}

export type Weight = 'regular' | 'bold';

interface TypefaceFiles {
  name: string;
  regular: string;
  bold: string;
  /** The face to take from a TTC collection. */
  face?: string;
}

const TYPEFACES: readonly TypefaceFiles[] = [
  { name: 'NotoSans', regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' },
  { name: 'NotoSansTamil', regular: 'NotoSansTamil-Regular.ttf', bold: 'NotoSansTamil-Bold.ttf' },
  // No bold cut exists: bold Chinese, Japanese and Korean text prints in the regular weight.
  { name: 'WenQuanYiMicroHei', regular: 'wqy-microhei.ttc', bold: 'wqy-microhei.ttc', face: 'WenQuanYiMicroHei' },
];

/** A file every copy of assets/fonts has: how a candidate folder is recognised. */
const MARKER = TYPEFACES[0].regular;

/** Where assets/fonts is: in the packaged app's resources, or above this file in the repository. */
export function locateFontsDir(start = __dirname, resourcesPath = electronResourcesPath()): string {
  return locateAssetDir('fonts', MARKER, start, resourcesPath);
}

/**
 * Opens each font file the first time a document needs it and keeps it for the life of the
 * process: the fonts are the app's own read-only files, the same for every document, and the
 * CJK one is 5 MB. A Latin-only document never opens the Tamil or CJK files at all.
 */
class FontShelf {
  private dir: string | undefined;
  private readonly opened = new Map<string, Font>();

  readonly typefaces: readonly Typeface[] = TYPEFACES.map((files) => ({
    name: files.name,
    font: (weight: Weight) => this.open(files[weight], files.face),
  }));

  private open(file: string, face: string | undefined): Font {
    const key = `${file}#${face ?? ''}`;
    let font = this.opened.get(key);
    if (!font) {
      this.dir ??= locateFontsDir();
      const loaded = create(readFileSync(path.join(this.dir, file)), face);
      if ('fonts' in loaded) throw new Error(`${file} is a font collection: name the face to use`);
      font = withSafeLayout(loaded);
      this.opened.set(key, font);
    }
    return font;
  }
}

const shelf = new FontShelf();

/** The typefaces in fallback order; each font is read from disk once per process, when first used. */
export function pdfTypefaces(): readonly Typeface[] {
  return shelf.typefaces;
}
