import { randomInt } from 'node:crypto';

/** What a token stands for: the model sees the kind, never the value. */
export const TOKEN_KINDS = ['PATIENT', 'NAME', 'CONTACT', 'MYKAD', 'PASSPORT', 'NRIC', 'AADHAAR', 'PAN', 'ABHA', 'ID', 'MRN', 'PHONE', 'EMAIL', 'ADDRESS', 'POSTCODE', 'EMPLOYER', 'DOB'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export type TokenCounts = Partial<Record<TokenKind, number>>;

/** Any token this book writes: `PATIENT_A7X9K2` or `[PHONE_1]`. Text inside a token is never searched again. */
export const TOKEN_PATTERN = /PATIENT_[A-Z0-9]{6}|\[[A-Z]+_\d+\]/g;

const TOKEN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Six random characters: a model cannot guess one patient's token from another's. */
function patientTag(): string {
  let tag = '';
  for (let i = 0; i < 6; i += 1) tag += TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)];
  return `PATIENT_${tag}`;
}

/**
 * The mapping of one redaction, kept in memory on the PC and never sent or stored: which token
 * stands for which value. The same value (case and
 * spacing aside) always gets the same token, so the model can tell "the same phone" apart.
 */
export class TokenBook {
  private readonly originals = new Map<string, string>();
  private readonly byValue = new Map<string, string>();
  private readonly numbered = new Map<TokenKind, number>();

  /** A patient's own token, shared by every part and form of their name. */
  patientToken(fullName: string): string {
    const key = `PATIENT:${normalised(fullName)}`;
    const known = this.byValue.get(key);
    if (known) return known;
    let token = patientTag();
    while (this.originals.has(token)) token = patientTag();
    this.byValue.set(key, token);
    this.originals.set(token, fullName);
    return token;
  }

  /** The token for a value of a kind, made the first time the value is seen. */
  tokenFor(kind: TokenKind, value: string): string {
    const key = `${kind}:${normalised(value)}`;
    const known = this.byValue.get(key);
    if (known) return known;
    const n = (this.numbered.get(kind) ?? 0) + 1;
    this.numbered.set(kind, n);
    const token = `[${kind}_${n}]`;
    this.byValue.set(key, token);
    this.originals.set(token, value);
    return token;
  }

  /** How many distinct values were tokenised. */
  get size(): number {
    return this.originals.size;
  }

  /** Puts the values back into the model's answer, here on the PC. A model that dropped a token's brackets is forgiven. */
  reidentify(answer: string): string {
    if (this.originals.size === 0) return answer;
    const tokens = [...this.originals.keys()].sort((a, b) => b.length - a.length);
    const alternatives = tokens.map((token) => (token.startsWith('[') ? `\\[?${escapeRegExp(token.slice(1, -1))}(?!\\d)\\]?` : escapeRegExp(token)));
    const pattern = new RegExp(alternatives.join('|'), 'g');
    return answer.replace(pattern, (match) => this.originals.get(match.startsWith('PATIENT_') ? match : `[${match.replace(/^\[|\]$/g, '')}]`) ?? match);
  }
}

function normalised(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[\s\-./()]+/g, '');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Replaces every match of the pattern in the text outside the tokens already written, so no
 * later stage finds a phone inside `[PHONE_1]` or a name inside `PATIENT_A7X9K2`. `replace`
 * returns the token, or null to leave the match as it is. `needs`: a text every match holds,
 * for a pattern that never matches a space and looks around a match for letters and digits only
 * (an email): only the runs of non-space characters that hold it are searched.
 */
export function replaceOutsideTokens(text: string, pattern: RegExp, replace: (match: string, groups: readonly (string | undefined)[]) => string | null, needs?: string): string {
  if (!pattern.global) throw new Error('replaceOutsideTokens needs a global pattern');
  if (needs === undefined) return outsideTokens(text, (stretch) => replaceIn(stretch, pattern, replace));
  if (!text.includes(needs)) return text;
  // Only the runs of non-space characters that hold `needs` can match, and the space around one reads as the edge of the text does.
  return outsideTokens(text, (stretch) => changeRunsHolding(stretch, needs, (run) => replaceIn(run, pattern, replace)));
}

/** The text with each run of non-space characters that holds `needs` changed. */
function changeRunsHolding(text: string, needs: string, change: (run: string) => string): string {
  let at = text.indexOf(needs);
  if (at === -1) return text;
  let result = '';
  let last = 0;
  while (at !== -1) {
    let start = at;
    while (start > last && !SPACE.test(text[start - 1])) start -= 1;
    let end = at + needs.length;
    while (end < text.length && !SPACE.test(text[end])) end += 1;
    result += text.slice(last, start) + change(text.slice(start, end));
    last = end;
    at = text.indexOf(needs, end);
  }
  return result + text.slice(last);
}
const SPACE = /\s/;

/**
 * Stands in for each token while a pattern runs over the whole text at once: no pattern of the
 * chain matches it, and being neither letter nor digit, the text beside it reads as it does at
 * the edge of a stretch between tokens.
 */
const MASK = '\uE000';

/**
 * The text changed by `change` everywhere but inside its tokens: the same as changing each
 * stretch between tokens alone, in one run over the text with the tokens masked. A text that
 * holds the mask character itself is changed stretch by stretch.
 */
function outsideTokens(text: string, change: (stretch: string) => string): string {
  if (text.includes(MASK)) return stretchByStretch(text, change);
  if (text !== lastMasked.text) {
    const tokens: string[] = [];
    lastMasked = { text, masked: text.replace(TOKEN_PATTERN, (token) => (tokens.push(token), MASK)), tokens };
  }
  const { masked, tokens } = lastMasked;
  const changed = change(masked);
  if (changed === masked) return text;
  const stretches = changed.split(MASK);
  return stretches.reduce((result, stretch, at) => result + (at > 0 ? tokens[at - 1] : '') + stretch, '');
}
/** The chain runs pattern after pattern over one text, and most hand it on unchanged: its masked form is kept. */
let lastMasked: { text: string; masked: string; tokens: string[] } = { text: '', masked: '', tokens: [] };

function stretchByStretch(text: string, change: (stretch: string) => string): string {
  let result = '';
  let last = 0;
  for (const token of text.matchAll(TOKEN_PATTERN)) {
    result += change(text.slice(last, token.index)) + token[0];
    last = token.index + token[0].length;
  }
  return result + change(text.slice(last));
}

function replaceIn(stretch: string, pattern: RegExp, replace: (match: string, groups: readonly (string | undefined)[]) => string | null): string {
  let changed = false;
  const result = stretch.replace(pattern, (match: string, ...rest: unknown[]) => {
    const groups = rest.slice(0, -2).filter((item): item is string | undefined => typeof item === 'string' || item === undefined);
    const replacement = replace(match, groups);
    changed ||= replacement !== null && replacement !== match;
    return replacement ?? match;
  });
  return changed ? result : stretch;
}

/** How many places of the text hold a token of each kind (a name written in three pieces and joined counts once). */
export function countTokens(text: string): TokenCounts {
  const counts: TokenCounts = {};
  for (const [token] of text.matchAll(TOKEN_PATTERN)) {
    const kind = (token.startsWith('PATIENT_') ? 'PATIENT' : token.slice(1, token.lastIndexOf('_'))) as TokenKind;
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/** A letter or digit, as the lookarounds of `bounded` see one (case-blind, so U+0345 counts as the ι it folds to). */
const WORD_CHAR = /[\p{L}\p{N}]/iu;

/**
 * The same as `replaceOutsideTokens(text, new RegExp(bounded(escapeRegExp(word)), 'giu'), replace)`:
 * the word, case aside, wherever no letter or digit touches it. The whole-word test is made here
 * rather than in the pattern, because a pattern with Unicode letter classes costs about half a
 * millisecond to build, and the name pass builds one for every name it finds.
 */
export function replaceWordOutsideTokens(text: string, word: string, replace: () => string): string {
  if (word.length === 0) throw new Error('replaceWordOutsideTokens needs a word');
  const literal = new RegExp(escapeRegExp(word), 'giu');
  return outsideTokens(text, (stretch) => replaceWholeWords(stretch, literal, replace));
}

/** The text, case aside, wherever no letter or digit touches it, tokens in it or not ("PATIENT_A7X9K2 Aminah"). */
export function replaceWholeWord(text: string, literal: string, replace: () => string): string {
  return replaceWholeWords(text, new RegExp(escapeRegExp(literal), 'giu'), replace);
}

function replaceWholeWords(segment: string, literal: RegExp, replace: () => string): string {
  let result = '';
  let at = 0;
  literal.lastIndex = 0;
  for (let found = literal.exec(segment); found; found = literal.exec(segment)) {
    const start = found.index;
    const end = start + found[0].length;
    if (found[0].length === 0 || isWordChar(codePointBefore(segment, start)) || isWordChar(segment.codePointAt(end))) {
      // As a lookaround pattern would, try again one character (not one UTF-16 unit) further on.
      literal.lastIndex = start + ((segment.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    result += segment.slice(at, start) + replace();
    at = end;
  }
  return result + segment.slice(at);
}

function codePointBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const unit = text.charCodeAt(index - 1);
  const lead = index >= 2 ? text.charCodeAt(index - 2) : 0;
  return unit >= 0xdc00 && unit <= 0xdfff && lead >= 0xd800 && lead <= 0xdbff ? text.codePointAt(index - 2) : unit;
}

function isWordChar(codePoint: number | undefined): boolean {
  return codePoint !== undefined && WORD_CHAR.test(String.fromCodePoint(codePoint));
}
