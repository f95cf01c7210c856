import type { Font } from 'fontkit';

// pdfkit 0.20 takes a fontkit font as a font source (PDFFontFactory.open: `typeof src.layout === 'function'`),
// so a font parsed once serves every document; @types/pdfkit 0.17 does not list that overload.
declare global {
  namespace PDFKit.Mixins {
    interface PDFFont {
      registerFont(name: string, src: Font): this;
    }
  }
}
