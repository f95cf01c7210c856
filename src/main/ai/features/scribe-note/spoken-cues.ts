import type { SoapSection } from '../../../../shared/schemas/consultation';

/**
 * What a consultation says aloud that a written note does not: "temperature is 38.5" rather than
 * "T 38.5", "I think this is…", "I'll give you…". Used only for a phrase the note structurer's own
 * cues leave unplaced; like those, these lists place words and never rewrite them.
 */
const SPOKEN_CUES: ReadonlyArray<[RegExp, SoapSection]> = [
  [
    /(?<![\p{L}])(?:temperature|blood pressure|pulse|heart rate|oxygen|saturation|weight|height|suhu|tekanan darah|nadi|berat|let me (?:check|examine|listen|look|see|have a look)|on examination|(?:throat|chest|lungs?|ears?|tonsils?|tekak|dada|telinga)\s+(?:is|are|looks?|nampak|agak)\s+(?:a bit\s+|sikit\s+)?(?:red|clear|normal|inflamed|swollen|merah|bersih|bengkak|ok))(?![\p{L}])/iu,
    'objective',
  ],
  [/(?<![\p{L}])(?:i think (?:it|this|you)|it (?:looks|sounds) like|most likely|probably|kemungkinan|saya rasa (?:ini|awak|anda))(?![\p{L}])/iu, 'assessment'],
  [/(?<![\p{L}])(?:i(?:'ll| will) (?:give|prescribe|start|refer|write)|take (?:this|these|the|one|two)|come back|datang semula|makan ubat|minum ubat|saya (?:beri|bagi))(?![\p{L}])/iu, 'plan'],
  [/(?<![\p{L}])(?:i(?:'ve| have) (?:had|been)|since|started|sudah|dah)(?![\p{L}])/iu, 'subjective'],
];

/** The section a spoken phrase's words suggest, or null. */
export function spokenSection(phrase: string): SoapSection | null {
  return SPOKEN_CUES.find(([cue]) => cue.test(phrase))?.[1] ?? null;
}

/** Words of greetings and conversation filler, English and Malay: a phrase of nothing else says nothing for the note. */
const SMALL_TALK = new Set([
  'ok', 'okay', 'okey', 'hmm', 'hm', 'mm', 'mhm', 'uh', 'um', 'erm', 'er', 'ah', 'oh', 'alright', 'right', 'so', 'well', 'lah', 'la', 'nah',
  'hello', 'hi', 'good', 'morning', 'afternoon', 'evening', 'thank', 'thanks', 'you', 'bye', 'see', 'please', 'sit', 'down', 'have', 'a', 'seat', 'doctor', 'doc', 'dr',
  'selamat', 'pagi', 'petang', 'tengah', 'hari', 'malam', 'terima', 'kasih', 'jumpa', 'lagi', 'baik', 'jemput', 'duduk', 'doktor', 'encik', 'puan', 'cik',
]);

/** A phrase of greetings and filler only ("Okay", "Good morning doctor", "Terima kasih"); a number always counts. */
export function isSmallTalk(phrase: string): boolean {
  const words = phrase.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  return words.every((word) => SMALL_TALK.has(word));
}
