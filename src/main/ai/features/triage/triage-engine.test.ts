import { describe, expect, it } from 'vitest';
import type { TriageSign, TriageUrgency } from '../../../../shared/schemas/ai-triage';
import { assessComplaint, type TriageFacts } from './triage-engine';

const adult = (complaint: string, more: Partial<TriageFacts> = {}): TriageFacts => ({ complaint, ageMonths: 35 * 12, sex: 'female', pregnant: null, ...more });

/** The first red flag (or concern), as the badge's reason shows it. */
function verdict(facts: TriageFacts): [TriageUrgency, TriageSign | null, string | null] {
  const result = assessComplaint(facts);
  return [result.urgency, result.findings[0]?.sign ?? null, result.findings[0]?.words ?? null];
}

describe('local triage: red flags in English and Malay', () => {
  it.each<[string, TriageSign, string]>([
    ['sakit dada sejak pagi, berpeluh', 'chest-pain', 'sakit dada'],
    ['Skt dada kiri sejak semalam', 'chest-pain', 'Skt dada'],
    ['dada rasa ketat macam ditekan', 'chest-pain', 'dada rasa ketat'],
    ['chest pain since morning', 'chest-pain', 'chest pain'],
    ['my chest very pain lah', 'chest-pain', 'chest very pain'],
    ['pain at left chest radiating to arm', 'chest-pain', 'pain at left chest'],
    ['chset pain 2 hours', 'chest-pain', 'chset pain'],
    ['sesak nafas sejak malam', 'breathlessness', 'sesak nafas'],
    ['susah nak bernafas', 'breathlessness', 'susah nak bernafas'],
    ['x boleh nafas', 'breathlessness', 'x boleh nafas'],
    ['shortness of breath on walking', 'breathlessness', 'shortness of breath'],
    ['SOB and wheeze', 'breathlessness', 'SOB'],
    ['mulut herot dan cakap pelat sejak pagi', 'stroke', 'mulut herot … pelat'],
    ['face drooping, slurred speech', 'stroke', 'face drooping … slurred speech'],
    ['tangan kanan lemah dan pelat', 'stroke', 'pelat … tangan kanan lemah'],
    ['angin ahmar', 'stroke', 'angin ahmar'],
    ['muntah darah pagi tadi', 'severe-bleeding', 'muntah darah'],
    ['vomiting blood x2', 'severe-bleeding', 'vomiting blood'],
    ['berdarah banyak tak berhenti dari luka', 'severe-bleeding', 'berdarah banyak tak berhenti'],
    ['bengkak muka dan gatal lepas makan udang', 'anaphylaxis', 'bengkak muka … lepas makan … gatal'],
    ['swollen lips and itchy after taking antibiotic', 'anaphylaxis', 'swollen lips … after taking antibiotic … itchy'],
    ['lidah bengkak', 'anaphylaxis', 'lidah bengkak'],
    ['kejang-kejang tadi', 'seizure', 'kejang'],
    ['anak sawan pagi tadi', 'seizure', 'sawan'],
    ['had a fit at home', 'seizure', 'had a fit'],
    ['pengsan di rumah', 'unconscious', 'pengsan'],
    ['ayah tak sedar diri', 'unconscious', 'tak sedar diri'],
    ['collapsed at work', 'unconscious', 'collapsed'],
    ['nak bunuh diri', 'suicidal', 'bunuh diri'],
    ['says he wants to die', 'suicidal', 'wants to die'],
    ['tak nak hidup lagi', 'suicidal', 'tak nak hidup'],
    ['telan banyak ubat panadol', 'poisoning', 'telan banyak ubat'],
    ['mengandung 12 minggu, berdarah sikit', 'pregnancy-bleeding', 'mengandung … berdarah'],
    ['pregnant 20 weeks with spotting', 'pregnancy-bleeding', 'pregnant … spotting'],
    ['air ketuban pecah', 'pregnancy-danger', 'air ketuban'],
    ['bayi demam', 'infant-fever', 'bayi … demam'],
    ['baby fever since last night', 'infant-fever', 'baby … fever'],
    ['demam panas, gusi berdarah', 'severe-bleeding', 'demam … gusi berdarah'],
  ])('%s → high (%s: “%s”)', (complaint, sign, words) => {
    const [urgency, first, quoted] = verdict(adult(complaint));
    expect([urgency, first, quoted]).toEqual(['high', sign, words]);
  });

  it('sends a red flag to a doctor at once, with an emergency referral in mind', () => {
    expect(assessComplaint(adult('sakit dada'))).toMatchObject({ service: 'emergency', durationMinutes: 30 });
  });

  it('flags any fever in a baby from the record’s age, and the pregnancy from the desk', () => {
    expect(verdict({ complaint: 'demam panas sejak semalam', ageMonths: 2, sex: 'male', pregnant: null })[0]).toBe('high');
    expect(verdict({ complaint: 'demam', ageMonths: 5 * 12, sex: 'male', pregnant: null })).toEqual(['medium', 'fever', 'demam']);
    expect(verdict({ complaint: 'keluar darah sikit', ageMonths: 30 * 12, sex: 'female', pregnant: true })[1]).toBe('pregnancy-bleeding');
    expect(verdict({ complaint: 'temp 38.9, baby 2 months old', ageMonths: null, sex: null, pregnant: null })[1]).toBe('infant-fever');
  });
});

describe('local triage: no false alarms', () => {
  it.each<[string, TriageUrgency]>([
    ['no chest pain', 'low'],
    ['tiada sakit dada', 'low'],
    ['tak sakit dada, batuk je', 'low'],
    ['denies chest pain or shortness of breath', 'low'],
    ['sakit dada tiada, selsema', 'low'],
    ['no fever, sore throat', 'low'],
    ['pelat', 'medium'],
    ['mulut herot', 'medium'],
    ['kaki kejang malam', 'low'],
    ['penat nak mati kerja', 'low'],
    ['fit to work check', 'low'],
    ['FOMEMA medical check up', 'low'],
    ['sejarah strok, datang ambil ubat', 'low'],
    ['ubat habis, nak refill darah tinggi', 'low'],
    ['ujian darah dan tekanan darah', 'low'],
    ['heat stroke semalam, dah ok', 'low'],
    ['tidak mengandung, datang check up', 'low'],
  ])('%s → %s', (complaint, urgency) => {
    const result = assessComplaint(adult(complaint));
    expect(result.urgency).toBe(urgency);
    expect(result.findings.filter((finding) => finding.level === 'red-flag')).toEqual([]);
  });

  it('flags what the clause does not deny: “no fever, but chest pain”', () => {
    expect(verdict(adult('no fever, but chest pain'))[1]).toBe('chest-pain');
    expect(verdict(adult('tiada demam tapi sesak nafas'))[1]).toBe('breathlessness');
  });

  it('asks for the other stroke signs when only one is typed', () => {
    expect(assessComplaint(adult('cakap pelat'))).toMatchObject({ urgency: 'medium', findings: [{ sign: 'stroke-sign', level: 'concern', words: 'pelat' }] });
  });
});

describe('local triage: everyday complaints, the service and the time', () => {
  it.each<[string, TriageUrgency, TriageSign | null, string]>([
    ['fever and cough 3 days', 'medium', 'fever', 'gp'],
    ['demam panas 2 hari', 'medium', 'fever', 'gp'],
    ['demam tinggi 39.5', 'medium', 'high-fever', 'gp'],
    ['batuk dan selsema', 'low', null, 'gp'],
    ['cirit birit dan muntah', 'medium', 'vomiting', 'gp'],
    ['check up mengandung 20 minggu', 'low', null, 'antenatal'],
    ['rasa murung, tak boleh tidur', 'medium', 'low-mood', 'mental-health'],
    ['luka di kaki, nak cuci', 'low', null, 'wound-care'],
    ['FOMEMA', 'low', null, 'medical-exam'],
    ['bengkak muka', 'medium', 'swelling', 'gp'],
  ])('%s → %s', (complaint, urgency, sign, service) => {
    const result = assessComplaint(adult(complaint));
    expect([result.urgency, result.findings[0]?.sign ?? null, result.service]).toEqual([urgency, sign, service]);
    expect(result.durationMinutes).toBeGreaterThanOrEqual(10);
  });

  it('gives a child with a cough to the paediatric list', () => {
    expect(assessComplaint({ complaint: 'batuk', ageMonths: 48, sex: 'female', pregnant: null })).toMatchObject({ urgency: 'low', service: 'paediatric', durationMinutes: 15 });
  });

  it('reads nothing into an empty complaint', () => {
    expect(assessComplaint(adult('   '))).toEqual({ urgency: 'low', findings: [], service: 'gp', durationMinutes: 10, note: null });
  });
});
