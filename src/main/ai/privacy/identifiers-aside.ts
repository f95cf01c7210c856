import { detectShapes } from './detectors';
import { TOKEN_PATTERN, TokenBook } from './tokens';

/**
 * The text with its identifiers (phones, identity numbers, dates of birth, addresses…) set aside,
 * for a feature checking a model's answer against its source. The answer was re-identified on
 * this PC: a phone the doctor typed as 012-3456789 went out as [PHONE_1] and came back as the
 * record writes it, +60 12 345 6789. Compared this way, both texts are on the redacted side, where
 * an identifier is a token and brings no number or word of its own.
 */
export function withoutIdentifiers(text: string): string {
  return detectShapes(text, new TokenBook()).replace(TOKEN_PATTERN, ' ');
}
