import type { Sex } from '../../../../shared/identity/mykad';
import type { TriageAssessment, TriageFinding, TriageService, TriageSign, TriageUrgency } from '../../../../shared/schemas/ai-triage';
import { findAffirmed, readComplaint, type ComplaintText, type MatchedWords } from './complaint-words';
import { SIGNAL_REGEXPS, type Signal } from './complaint-signals';

/** What the rules know of the patient: the complaint as typed, and age, sex and pregnancy where known. */
export interface TriageFacts {
  complaint: string;
  ageMonths: number | null;
  sex: Sex | null;
  /** Said at the desk; the complaint's own words count too ("mengandung 20 minggu"). */
  pregnant: boolean | null;
}

/** The signals that are red flags on their own, and the sign each stands for. */
const RED_ALONE: ReadonlyArray<[Signal, TriageSign]> = [
  ['chestPain', 'chest-pain'],
  ['breathless', 'breathlessness'],
  ['strokeNamed', 'stroke'],
  ['severeBleeding', 'severe-bleeding'],
  ['airway', 'anaphylaxis'],
  ['seizure', 'seizure'],
  ['unconscious', 'unconscious'],
  ['suicidal', 'suicidal'],
  ['poisoning', 'poisoning'],
  ['pregnancyDanger', 'pregnancy-danger'],
  ['thunderclapHeadache', 'headache'],
];

/** Concerns that make a complaint medium on their own. */
const CONCERNS: ReadonlyArray<[Signal, TriageSign]> = [
  ['severeAbdominalPain', 'abdominal-pain'],
  ['abdominalPain', 'abdominal-pain'],
  ['vomiting', 'vomiting'],
  ['diarrhoea', 'diarrhoea'],
  ['severeHeadache', 'headache'],
  ['headInjury', 'head-injury'],
  ['injury', 'injury'],
  ['dizziness', 'dizziness'],
  ['wheeze', 'wheeze'],
  ['lowMood', 'low-mood'],
];

const STROKE_SIGNS: readonly Signal[] = ['strokeFace', 'strokeSpeech', 'strokeLimb'];
const INFANT_MONTHS = 12;
const CHILD_MONTHS = 12 * 12;
/** A temperature written as a number: 39 °C and above is a high fever. */
const HIGH_FEVER_CELSIUS = 39;
const TEMPERATURE_WORDS = new Set(['t', 'temp', 'temperature', 'suhu', 'fever', 'demam', 'c', 'darjah', 'degrees', 'celsius', 'deg']);

/** Minutes a consultation usually takes, by whom the patient sees (and, for a GP, how urgent it is). */
const DURATION_MINUTES: Record<TriageService, number> = { emergency: 30, 'mental-health': 30, antenatal: 20, 'medical-exam': 20, 'wound-care': 20, paediatric: 15, gp: 15 };
const EVERYDAY_GP_MINUTES = 10;

/**
 * The local triage: red flags in English and Malay make a complaint high, concerns make it
 * medium, and everything else is low. It works with AI off and in well under a millisecond; a
 * model may only raise what it says.
 */
export function assessComplaint(facts: TriageFacts): TriageAssessment {
  const text = readComplaint(facts.complaint);
  const found = new Map<Signal, MatchedWords[]>();
  const seen = (signal: Signal): MatchedWords[] => {
    let matches = found.get(signal);
    if (!matches) {
      matches = findAffirmed(text, SIGNAL_REGEXPS[signal]);
      found.set(signal, matches);
    }
    return matches;
  };
  const has = (signal: Signal): boolean => seen(signal).length > 0;
  const quote = (...signals: Signal[]): string => {
    const quotes = signals.flatMap((signal) => seen(signal).slice(0, 1).map((match) => match.quote));
    // "demam" inside "demam tinggi" is said once.
    return [...new Set(quotes)].filter((words, _i, all) => !all.some((other) => other !== words && other.includes(words))).join(' … ');
  };

  const red: TriageFinding[] = [];
  const concerns: TriageFinding[] = [];
  const flag = (sign: TriageSign, words: string) => red.push({ sign, level: 'red-flag', words, by: 'rules' });
  const concern = (sign: TriageSign, words: string) => {
    if (!concerns.some((finding) => finding.sign === sign)) concerns.push({ sign, level: 'concern', words, by: 'rules' });
  };

  for (const [signal, sign] of RED_ALONE) if (has(signal)) flag(sign, quote(signal));

  const strokeSigns = STROKE_SIGNS.filter(has);
  if (!has('strokeNamed')) {
    // "pelat" alone is a child's lisp as often as a stroke: one sign asks for the others, two are a stroke.
    if (strokeSigns.length >= 2) flag('stroke', quote(...strokeSigns));
    else if (strokeSigns.length === 1) concern('stroke-sign', quote(strokeSigns[0]));
  }

  const allergic = has('allergyTrigger') || has('itch') || has('breathless');
  if (!has('airway')) {
    if (has('faceSwelling') && allergic) flag('anaphylaxis', quote('faceSwelling', 'allergyTrigger', 'itch'));
    else if (has('eyeSwelling') && has('allergyTrigger') && has('itch')) flag('anaphylaxis', quote('eyeSwelling', 'allergyTrigger', 'itch'));
    else if (has('faceSwelling') || has('eyeSwelling')) concern('swelling', quote('faceSwelling', 'eyeSwelling'));
  }

  const pregnant = facts.sex !== 'male' && (facts.pregnant === true || has('pregnancy'));
  const bled = has('bleeding') || has('severeBleeding') || has('mucosalBleeding');
  if (pregnant && bled) flag('pregnancy-bleeding', quote('pregnancy', 'bleeding', 'severeBleeding', 'mucosalBleeding'));
  if (pregnant && has('severeAbdominalPain') && !has('pregnancyDanger')) flag('pregnancy-danger', quote('pregnancy', 'severeAbdominalPain'));

  const textAge = ageInText(text);
  const ageMonths = facts.ageMonths ?? textAge;
  const feverish = has('fever') || has('highFever') || temperatureAtLeast(text, 37.5);
  const highFever = has('highFever') || temperatureAtLeast(text, HIGH_FEVER_CELSIUS);
  // A baby's fever is a red flag; "bayi" on a parent's record (or an unknown age) still counts.
  const infant = ageMonths !== null ? ageMonths < INFANT_MONTHS || (has('infant') && ageMonths >= 16 * 12) : has('infant');
  if (infant && feverish) flag('infant-fever', quote('infant', 'fever', 'highFever') || quote('fever'));
  if ((has('dengue') || feverish) && has('mucosalBleeding')) flag('severe-bleeding', quote('fever', 'mucosalBleeding'));

  if (!infant && highFever) concern('high-fever', quote('highFever', 'fever') || temperatureQuote(text));
  else if (!infant && feverish) concern('fever', quote('fever') || temperatureQuote(text));
  for (const [signal, sign] of CONCERNS) if (has(signal)) concern(sign, quote(signal));
  if (bled && !red.some((finding) => finding.sign === 'pregnancy-bleeding' || finding.sign === 'severe-bleeding')) concern('bleeding', quote('bleeding'));

  const findings = [...uniqueBySign(red), ...concerns.filter((finding) => !red.some((flagged) => flagged.sign === finding.sign))];
  const urgency: TriageUrgency = red.length > 0 ? 'high' : concerns.length > 0 ? 'medium' : 'low';
  const service = serviceFor(urgency, { pregnant, lowMood: has('lowMood'), child: infant || (ageMonths !== null && ageMonths < CHILD_MONTHS), wound: has('wound'), exam: has('medicalExam') });
  const durationMinutes = service === 'gp' && urgency === 'low' ? EVERYDAY_GP_MINUTES : DURATION_MINUTES[service];
  return { urgency, findings, service, durationMinutes, note: null };
}

function uniqueBySign(findings: TriageFinding[]): TriageFinding[] {
  return findings.filter((finding, index) => findings.findIndex((other) => other.sign === finding.sign) === index);
}

function serviceFor(urgency: TriageUrgency, about: { pregnant: boolean; lowMood: boolean; child: boolean; wound: boolean; exam: boolean }): TriageService {
  if (urgency === 'high') return 'emergency';
  if (about.pregnant) return 'antenatal';
  if (about.lowMood) return 'mental-health';
  if (about.child) return 'paediatric';
  if (about.wound) return 'wound-care';
  if (about.exam) return 'medical-exam';
  return 'gp';
}

/** Temperatures written as numbers next to a temperature word or with a decimal ("T 39", "38.9", "40 darjah"). */
function temperatures(text: ComplaintText): Array<{ celsius: number; index: number }> {
  const found: Array<{ celsius: number; index: number }> = [];
  text.words.forEach((word, index) => {
    if (!/^\d{2}(?:\.\d)?$/.test(word.canonical)) return;
    const celsius = Number(word.canonical);
    if (celsius < 35 || celsius > 43.5) return;
    const near = [text.words[index - 1], text.words[index + 1]].some((other) => other && TEMPERATURE_WORDS.has(other.canonical));
    if (near || word.canonical.includes('.')) found.push({ celsius, index });
  });
  return found;
}

function temperatureAtLeast(text: ComplaintText, celsius: number): boolean {
  return temperatures(text).some((reading) => reading.celsius >= celsius);
}

function temperatureQuote(text: ComplaintText): string {
  const highest = temperatures(text).sort((a, b) => b.celsius - a.celsius)[0];
  if (!highest) return '';
  const word = text.words[highest.index];
  return text.typed.slice(word.start, word.end);
}

const AGE_UNITS: Record<string, number> = { hari: 1 / 30, day: 1 / 30, days: 1 / 30, minggu: 1 / 4, week: 1 / 4, weeks: 1 / 4, wk: 1 / 4, wks: 1 / 4, bulan: 1, month: 1, months: 1, mth: 1, mths: 1, mo: 1, tahun: 12, year: 12, years: 12, yr: 12, yrs: 12, thn: 12 };
const AGE_BEFORE = new Set(['umur', 'usia', 'berumur', 'berusia', 'aged', 'age', 'bayi', 'baby', 'infant']);

/** An age said in the complaint: "umur 2 bulan", "3 months old", "bayi 5 minggu" (a duration, "demam 3 hari", is not an age). */
function ageInText(text: ComplaintText): number | null {
  const words = text.words;
  for (let i = 0; i < words.length - 1; i += 1) {
    if (!/^\d{1,3}$/.test(words[i].canonical)) continue;
    const unit = AGE_UNITS[words[i + 1].canonical];
    if (unit === undefined) continue;
    const said = AGE_BEFORE.has(words[i - 1]?.canonical ?? '') || words[i + 2]?.canonical === 'old';
    if (said) return Math.floor(Number(words[i].canonical) * unit);
  }
  return null;
}
