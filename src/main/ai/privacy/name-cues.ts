import nlp from 'compromise';
import { remembered } from '../../../shared/remembered';
import { escapeRegExp } from './tokens';

/**
 * The words from which compromise can tag a person, read from its own model, so the name finder
 * can leave out sentences that hold none of them. compromise tags each sentence on its own, and
 * a person tag only ever starts from (1) a word of its lexicon tagged as a person, a first or
 * last name or an honorific, or a word that may be one ("will", "may", "sandy"), (2) a word whose
 * spelling says surname ("-sson", "O'…", "-ovic"), or (3) a rule that needs one of those tags or
 * a literal word ("bin", "van", "king of"). A sentence without any of these cannot name anyone.
 * The rules are read at start-up; a rule that could make a person out of anything else makes
 * the finder give compromise every sentence, as before.
 */
export interface NameCues {
  /**
   * Whether compromise could find a person in a sentence, given as its words (split at spaces).
   * `own` words (lower case) count as no cue; nor do `lowerCaseOnly` words written in lower case
   * with no word beside them that may be a proper noun (see `mayBeProper`).
   */
  mayName(words: readonly string[], skip?: { own?: ReadonlySet<string>; lowerCaseOnly?: ReadonlySet<string> }): boolean;
  /** The rules that tag a person from neither a cue word nor a person tag (none in compromise 14.20). */
  readonly unanchored: readonly string[];
}

/** The parts of compromise's world this file reads (internal to compromise, stable within 14.x). */
interface MatchToken {
  word?: string;
  tag?: string;
  switch?: string;
  optional?: boolean;
  negative?: boolean;
  operator?: string;
  fastOr?: Set<string>;
  choices?: MatchToken[][];
}
type TagValue = string | string[];
interface LeftRightRule {
  actions: { tag?: TagValue; unTag?: TagValue }[];
  reason: string;
}
export interface CompromiseWorld {
  model: {
    one: { tagSet: Record<string, { parents?: string[] }>; lexicon: Record<string, TagValue>; frozenLex: Record<string, TagValue>; aliases: Record<string, string>; unicode: Record<string, string> };
    two: {
      switches: Record<string, string>;
      clues: Record<string, Record<string, Record<string, string>>>;
      matches: { match: string; tag?: TagValue }[];
      neighbours: Record<string, Record<string, string>>;
      leftRight: { byWord: Record<string, LeftRightRule[]>; byTag: Record<string, LeftRightRule[]>; bySwitch: Record<string, LeftRightRule[]> };
      suffixPatterns: Record<string, string>[];
      regexNormal?: [RegExp, string][];
      regexText?: [RegExp, string][];
      regexNumbers?: [RegExp, string][];
      endsWith?: Record<string, [RegExp, string][]>;
    };
  };
  methods: {
    one: {
      parseMatch: (match: string, options: object, world: CompromiseWorld) => MatchToken[];
      tokenize: { splitSentences: (text: string, world: CompromiseWorld) => string[]; fromString: (text: string, world: CompromiseWorld) => ParsedTerm[][] };
    };
  };
}

/** A word as compromise's tokenizer leaves it: its text and the punctuation and spaces around it. */
export interface ParsedTerm {
  pre: string;
  text: string;
  post: string;
}

/**
 * compromise's second-pass rules and its code for words that may be a person ("Art", "Frank")
 * are not in its world, so they were read by hand for this version: the rules need a person tag
 * already, the code acts on such words only. Another version gives compromise every sentence.
 */
const REVIEWED_VERSION = /^14\.20\./;

/** A word of letters alone, which compromise looks up as it is. */
const PLAIN_WORD = /^[a-z]+$/;

const NONE: ReadonlySet<string> = new Set();

/** Words so common that a rule's other required word is the better cue. */
const COMMON = new Set(['the', 'of', 'a', 'an', 'and', 'de', 'la', 'du', 'to', 'in', 'is']);

export function compromiseWorld(): CompromiseWorld {
  return (nlp as unknown as { world: () => CompromiseWorld }).world();
}

export function compromiseNameCues(world: CompromiseWorld = compromiseWorld()): NameCues {
  const { one, two } = world.model;
  const tagAndBelow = (root: string) => new Set(Object.entries(one.tagSet).filter(([tag, info]) => tag === root || info.parents?.includes(root)).map(([tag]) => tag));
  /** Whether a tag value ("FirstName", "Person|Place", ["Acronym", "Person"]) names one of the tags. */
  const namesOneOf = (tags: ReadonlySet<string>) => (value: TagValue | undefined): boolean => (Array.isArray(value) ? value : [value ?? '']).some((tag) => tag.split(/[|\s#]+/).some((part) => tags.has(part)));
  const personTags = tagAndBelow('Person');
  const isPersonTag = namesOneOf(personTags);
  const properTags = tagAndBelow('ProperNoun');
  const words = new Set<string>();
  /** Words a rule asks for among alternatives: compromise matches those against whole words only, not the parts of "mmol/L". */
  const wholeWords = new Set<string>();
  /** Whole words a rule asks for only between two proper nouns: "Kok K Leong", not "38.5 C for 3 days". */
  const betweenProper = new Set<string>();
  const unanchored: string[] = [];
  const version = (nlp as unknown as { version: string }).version;
  if (!REVIEWED_VERSION.test(version)) unanchored.push(`compromise ${version}: second-pass rules not reviewed`);
  // Every word of a phrase is needed for it to match ("tiger woods"): the longest is the rarest.
  const addPhrase = (phrase: string) => words.add(phrase.split(/\s+/).reduce((longest, word) => (word.length > longest.length ? word : longest), ''));

  for (const lexicon of [one.lexicon, one.frozenLex]) for (const [phrase, tag] of Object.entries(lexicon)) if (isPersonTag(tag)) addPhrase(phrase);
  for (const [word, name] of Object.entries(two.switches)) if (isPersonTag(name)) words.add(word);
  // Clues settle a word that may be two things ("may": a name or a month); only one that may be a person can become one.
  for (const [name, clues] of Object.entries(two.clues)) {
    if (!isPersonTag(name) && Object.values(clues).some((table) => Object.values(table).some((tag) => isPersonTag(tag)))) unanchored.push(`clues for ${name}`);
  }
  for (const [alias, target] of Object.entries(one.aliases)) if (words.has(target)) words.add(alias);

  // Neighbour clues: a word beside a cue word becomes a person ("Smith jr").
  for (const [kind, table] of Object.entries(two.neighbours)) {
    for (const [key, tag] of Object.entries(table)) {
      if (!isPersonTag(tag)) continue;
      if (kind.endsWith('Words')) words.add(key);
      else if (!personTags.has(key)) unanchored.push(`neighbours.${kind}.${key}`);
    }
  }
  const tagsPerson = (rule: LeftRightRule) => rule.actions.some((action) => isPersonTag(action.tag));
  for (const [word, rules] of Object.entries(two.leftRight.byWord)) if (rules.some(tagsPerson)) words.add(word);
  for (const [tag, rules] of Object.entries(two.leftRight.byTag)) if (!personTags.has(tag)) unanchored.push(...rules.filter(tagsPerson).map((rule) => rule.reason));
  for (const [name, rules] of Object.entries(two.leftRight.bySwitch)) if (!isPersonTag(name)) unanchored.push(...rules.filter(tagsPerson).map((rule) => rule.reason));

  for (const rule of two.matches) {
    if (!isPersonTag(rule.tag)) continue;
    const anchor = ruleAnchor(world.methods.one.parseMatch(rule.match, {}, world), isPersonTag, properTags);
    if (anchor === null) unanchored.push(rule.match);
    else anchor.words.forEach((word) => (anchor.betweenProper ? betweenProper : anchor.whole ? wholeWords : words).add(word));
  }
  for (const word of betweenProper) if (wholeWords.has(word) || words.has(word)) betweenProper.delete(word);

  // The spellings compromise gives a tag by, as one pattern: a suffix also matches the word it ends.
  const spellingsOf = (isTag: (value: TagValue | undefined) => boolean): RegExp | null =>
    anyOf([
      ...[...(two.regexNormal ?? []), ...(two.regexText ?? []), ...(two.regexNumbers ?? []), ...Object.values(two.endsWith ?? {}).flat()].filter(([, tag]) => isTag(tag)).map(([pattern]) => `(?:${pattern.source})`),
      ...two.suffixPatterns.flatMap((table) => Object.entries(table ?? {}).filter(([, tag]) => isTag(tag)).map(([suffix]) => `${escapeRegExp(suffix)}$`)),
    ]);
  // Surname spellings: "O'Brien", "-ovic", "-sson".
  const surname = spellingsOf(isPersonTag);
  if (!surname) unanchored.push('surname spellings that do not compile as one pattern');
  const unicode = new Map(Object.entries(one.unicode));
  const isCue = (form: string): boolean => form.length > 0 && (words.has(form) || (surname?.test(form) ?? true));

  // Besides a capital letter, what may make a typed word a proper noun: being a word compromise knows (any word of its lexicon, conservatively) or a spelling it reads as one.
  const known = new Set<string>([...Object.keys(one.lexicon), ...Object.keys(one.frozenLex), ...Object.keys(two.switches), ...Object.keys(one.aliases)].flatMap((phrase) => phrase.split(/\s+/)));
  const properSpelling = spellingsOf(namesOneOf(properTags));
  /**
   * Whether compromise may tag this typed word a proper noun: a capital letter may do it, and so
   * may being a word compromise knows (any word of its lexicon, conservatively) or spells as a
   * name; a number or an unknown lower-case word never is one.
   */
  const mayBeProper = remembered((typed: string): boolean => {
    if (/\p{Lu}/u.test(typed)) return true;
    return readings(typed.toLowerCase()).some((lower) => lower.split(/[^\p{L}']+/u).some((piece) => piece.length > 0 && (known.has(piece) || (properSpelling?.test(piece) ?? true))));
  });
  // compromise reads "José" as "jose" and "O’Brien" as "o'brien"; read a word each way.
  const readings = (lower: string): string[] => (/[^\s!-~]/u.test(lower) ? [lower, [...lower].map((char) => unicode.get(char) ?? char).join(''), lower.normalize('NFKD').replace(/\p{M}/gu, ''), lower.replace(/[’‘`´]/g, "'")] : [lower]);
  /** The forms of a typed word that are cues, on their own or only between two proper nouns. */
  const cuesIn = remembered((typed: string): WordCues => {
    const always: string[] = [];
    const between: { form: string; inside: boolean }[] = [];
    for (const token of readings(typed.toLowerCase())) {
      if (PLAIN_WORD.test(token)) {
        if (isCue(token) || wholeWords.has(token)) always.push(token);
        else if (betweenProper.has(token)) between.push({ form: token, inside: false });
        continue;
      }
      always.push(...wordForms(token).filter(isCue), ...wholeForms(token).filter((form) => wholeWords.has(form)));
      const core = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      // Inside a hyphenated word ("Ong-B"), compromise's neighbours are the word's own parts: it counts as a cue.
      for (const form of wholeForms(token)) if (betweenProper.has(form)) between.push({ form, inside: form !== core });
    }
    return { always, between, core: typed.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') };
  });

  return {
    unanchored,
    mayName(words, { own = NONE, lowerCaseOnly = NONE } = {}) {
      // Between two of the own names ("Faizal bin Ismail"), a name compromise makes is theirs, already replaced.
      const otherProper = (word: string | undefined) => word !== undefined && mayBeProper(word) && !own.has(cuesIn(word).core);
      const properAt = (at: number) => words[at] !== undefined && mayBeProper(words[at]);
      for (let at = 0; at < words.length; at += 1) {
        const { always, between } = cuesIn(words[at]);
        if (always.length === 0 && between.length === 0) continue;
        // A lower-case word the finder drops from a name's start ("dan") matters beside a word that may be a proper noun, or second in the sentence ("^[#Singular] #Person #Verb").
        if (lowerCaseOnly.has(words[at]) && at !== 1 && !properAt(at - 1) && !properAt(at + 1)) continue;
        if (always.some((form) => !own.has(form))) return true;
        if (between.some(({ form, inside }) => !own.has(form) && (inside || (otherProper(words[at - 1]) && otherProper(words[at + 1]))))) return true;
      }
      return false;
    },
  };
}

interface WordCues {
  always: string[];
  between: { form: string; inside: boolean }[];
  /** The word in lower case without the punctuation around it. */
  core: string;
}

/** One case-blind pattern matching any of the sources, or null when they do not compile together. */
function anyOf(sources: string[]): RegExp | null {
  for (const flags of ['iu', 'i']) {
    try {
      return new RegExp(sources.join('|') || '(?!)', flags);
    } catch {
      // compromise writes its patterns without the u flag; try without it
    }
  }
  return null;
}

/**
 * Every form compromise may look a typed word up by: without the punctuation around it, without
 * a possessive, with its hyphens or apostrophes dropped, and each part between them.
 */
function wordForms(token: string): string[] {
  const core = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const forms = [core, core.replace(/'s$|s'$/u, ''), core.replace(/[^\p{L}\p{N}]+/gu, '')];
  if (/[^\p{L}\p{N}]/u.test(core)) forms.push(...core.split(/[^\p{L}\p{N}']+/u), ...core.split(/[^\p{L}\p{N}]+/u));
  return forms;
}

/** The forms of a typed word compromise matches as a whole: without the punctuation around it or a possessive, and each piece of a hyphenated word it splits. */
function wholeForms(token: string): string[] {
  const core = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return [core, core.replace(/'s$|s'$/u, ''), core.replace(/[-–—]/gu, ''), ...core.split(/[-–—]+/u)];
}

/** Words one of which every match of a rule holds; whole when they are alternatives compromise compares with whole words only. */
interface Anchor {
  words: string[];
  whole: boolean;
  /** Only between two words compromise has tagged proper nouns. */
  betweenProper?: boolean;
}

/**
 * The words one of which every match of a person rule holds, or no words when the rule needs a
 * person tag (which itself only comes from a cue), or null when it needs neither.
 */
function ruleAnchor(tokens: MatchToken[], isPersonTag: (tag: string) => boolean, properTags: ReadonlySet<string>): Anchor | null {
  // "#ProperNoun (b|c|…) #ProperNoun": the letter names someone only between two proper nouns.
  const isProper = (token: MatchToken | undefined) => token !== undefined && !token.optional && !token.negative && token.word === undefined && token.operator === undefined && token.tag !== undefined && properTags.has(token.tag);
  if (tokens.length === 3 && isProper(tokens[0]) && isProper(tokens[2]) && !tokens[1].optional && !tokens[1].negative) {
    const between = literalWords(tokens[1]);
    if (between?.whole) return { ...between, betweenProper: true };
  }
  const required = tokens.filter((token) => !token.optional && !token.negative);
  const needsPerson = (token: MatchToken): boolean =>
    (token.tag !== undefined && isPersonTag(token.tag)) || (token.switch !== undefined && isPersonTag(token.switch)) || (token.operator === 'and' && (token.choices ?? []).some((side) => side.some((inner) => !inner.optional && !inner.negative && needsPerson(inner))));
  if (required.some(needsPerson)) return { words: [], whole: false };
  const anchors = required.map(literalWords).filter((anchor): anchor is Anchor => anchor !== null);
  if (anchors.length === 0) return null;
  const commonness = ({ words }: Anchor) => words.filter((word) => COMMON.has(word) || word.length === 1).length * 100 + words.length;
  return anchors.sort((a, b) => commonness(a) - commonness(b))[0];
}

/** The words a token matches when it matches only words ("bin", "(van|von)", "(will && @isTitleCase)"), else null. */
function literalWords(token: MatchToken): Anchor | null {
  // A single word is matched by its aliases too ("van" in "car/van"); a set of alternatives by the whole word only.
  if (token.word !== undefined && token.tag === undefined && token.switch === undefined) return { words: [token.word], whole: false };
  if (token.operator === 'or' && token.fastOr && !token.choices?.length) return { words: [...token.fastOr], whole: true };
  if (token.operator === 'or' && token.choices?.length) {
    const sides = token.choices.map((side) => (side.length === 1 ? literalWords(side[0]) : null));
    const anchors = sides.filter((side): side is Anchor => side !== null);
    return anchors.length === sides.length ? { words: [...(token.fastOr ?? []), ...anchors.flatMap((anchor) => anchor.words)], whole: anchors.every((anchor) => anchor.whole) } : null;
  }
  if (token.operator === 'and' && token.choices?.length) {
    for (const side of token.choices) for (const inner of side) if (!inner.optional && !inner.negative) {
      const found = literalWords(inner);
      if (found) return found;
    }
  }
  return null;
}
