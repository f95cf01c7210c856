import { describe, expect, it } from 'vitest';
import { CompromiseNameFinder } from './name-finder';
import { ownNameBesideAnother, ownNameWords } from './name-forms';
import { Redactor } from './redactor';
import { PRIYA, SAMPLE_PATIENTS, SITI, TAN } from './sample-patients';
import { TokenBook } from './tokens';
import { leaksIn } from '../../../../tests/support/ai-leaks';

const redactor = new Redactor(new CompromiseNameFinder());

const SITI_NOTE = [
  'Puan Siti Nurhaliza bt. Abdullah (IC 850312 14 5678, MRN-004211) came with her husband Mohd Faizal b. Ismail (tel 013 987 6543).',
  'Her phone 012-3456789, also +6012 345 6789; email Siti.Nurhaliza85@gmail.com.',
  'Address: No. 12 Jalan Mesra 3, Taman Mesra Jaya, 53000 Kuala Lumpur. Works at Syarikat Maju Jaya Sdn. Bhd.',
  'DOB 12/03/1985 (12 Mac 1985). Siti reports fever 38.5 C for 3 days; BP 120/80, HR 88. Plan: paracetamol 1 g tds.',
  'Muhammad Faizal will fetch her. Nurhaliza understood. Card no. 850312145678.',
].join('\n');

const PRIYA_NOTE = [
  'Ms Priya A/P Subramaniam, Aadhaar 2341-2341-2346, mobile 98765 43210 (also +91-9876543210), priya.s@example.in.',
  'Lives at Flat 4B, Shanti Nagar, 2nd Cross Road, Bengaluru 560001; employed at Vistara Softworks Pvt. Ltd.',
  'Father Raman S/O Krishnan on +91 91234 56780. Born 04/07/1991 (4 July 1991). Priya has asthma; salbutamol 100 mcg prn. HbA1c 6.1 %.',
].join('\n');

const TAN_NOTE = [
  'Mr Tan Wei Ming (陈伟明), passport k 1234567 a, MRN 004213. Weiming says his wife Lim Mei Ling (+65 8765 4321) will call.',
  'Phones: 9123 4567 and 03-2141 5678. Email WeiMing.Tan@example.sg. Address Blk 123 Ang Mo Kio Avenue 3, #05-67, Singapore 560123.',
  'Works at Lian Huat Trading Pte Ltd. DOB 23 Nov 1978. Wei-Ming: cough 2/52, no fever. 伟明 took amoxicillin 500 mg tds x 5/7.',
].join('\n');

describe('the redaction chain', () => {
  it.each([
    ['Malay', SITI, SITI_NOTE],
    ['Indian', PRIYA, PRIYA_NOTE],
    ['Chinese', TAN, TAN_NOTE],
  ])('leaves none of a %s patient’s own identifiers in the text, and keeps the clinical facts', (_form, patient, note) => {
    const { text } = redactor.redact(note, [patient]);
    expect(leaksIn(text)).toEqual([]);
    for (const fact of ['fever 38.5 C', 'BP 120/80', 'HR 88', 'paracetamol 1 g tds', 'asthma', 'salbutamol 100 mcg prn', 'HbA1c 6.1 %', 'cough 2/52', 'amoxicillin 500 mg tds x 5/7']) {
      if (note.includes(fact)) expect(text).toContain(fact);
    }
  });

  it('gives every form of one patient’s name one token, and joins bin/binti, a/p, s/o forms into it', () => {
    const { text, book } = redactor.redact(SITI_NOTE, [SITI]);
    const token = /PATIENT_[A-Z0-9]{6}/.exec(text)?.[0] ?? '';
    expect(token).not.toBe('');
    expect(text.startsWith(`Puan ${token} (`)).toBe(true);
    expect(text).toContain(`${token} reports fever`);
    expect(book.reidentify(token)).toBe(SITI.fullName);
    expect(text).toMatch(/husband \[CONTACT_1\] \(tel \[PHONE_\d\]\)/);
  });

  it('counts each replacement by kind, and puts every value back into an answer locally', () => {
    const { text, counts, book } = redactor.redact(SITI_NOTE, [SITI]);
    expect(counts.MYKAD).toBe(2);
    expect(counts.EMAIL).toBe(1);
    expect(counts.DOB).toBe(2);
    expect(counts.PHONE).toBe(3);
    const phone = /\[PHONE_\d\]/.exec(text)?.[0] ?? '';
    const answer = `Call ${phone.slice(1, -1)} and tell ${/PATIENT_[A-Z0-9]{6}/.exec(text)?.[0]} at [EMAIL_1].`;
    expect(book.reidentify(answer)).toMatch(/^Call (\+60 12-345 6789|013-987 6543) and tell Siti Nurhaliza binti Abdullah at siti\.nurhaliza85@gmail\.com\.$/);
  });

  it('redacts several patients in one text, each with their own token', () => {
    const { text, book } = redactor.redact(`${SITI_NOTE}\n${TAN_NOTE}`, SAMPLE_PATIENTS);
    expect(leaksIn(text)).toEqual([]);
    const tokens = new Set(text.match(/PATIENT_[A-Z0-9]{6}/g));
    expect(tokens.size).toBe(2);
    expect([...tokens].map((token) => book.reidentify(token)).sort()).toEqual([SITI.fullName, TAN.fullName].sort());
  });

  it('finds identifiers of people the record does not hold, by their shape', () => {
    const note = [
      'Neighbour brought him: IC 900101-10-5123, passport A12345678, NRIC S1234567D, PAN ABCDE1234F, ABHA 12-3456-7890-1234 (amit.k@abdm).',
      'Aadhaar 9876 5432 1096. Call 017-555 1234 or +65 6123 4567 or +91 99887 76655. Email jo.doe@mail.com.',
      'Stays at No. 5, Jalan Bukit Bintang, 50200 Kuala Lumpur. D.O.B: 01/02/1960. Temp 37.8, SpO2 97 %, WBC 11000, ICD J45.9.',
    ].join('\n');
    const { text, counts } = new Redactor(null).redact(note, []);
    for (const value of ['900101-10-5123', 'A12345678', 'S1234567D', 'ABCDE1234F', '12-3456-7890-1234', 'amit.k@abdm', '9876 5432 1096', '017-555 1234', '6123 4567', '99887 76655', 'jo.doe@mail.com', 'Jalan Bukit Bintang', '50200', '01/02/1960']) {
      expect(text, value).not.toContain(value);
    }
    expect(counts).toMatchObject({ MYKAD: 1, PASSPORT: 1, NRIC: 1, PAN: 1, ABHA: 2, AADHAAR: 1, EMAIL: 1, DOB: 1, POSTCODE: 1, ADDRESS: 1 });
    expect(counts.PHONE).toBe(3);
    for (const fact of ['Temp 37.8', 'SpO2 97 %', 'WBC 11000', 'ICD J45.9', 'Kuala Lumpur']) expect(text).toContain(fact);
  });

  it('lets the name finder take names nobody recorded, after the other stages', () => {
    const { text, counts } = redactor.redact('Came with daughter Jessica Tan. Mdm Wong Siew Lan, her neighbour, also has fever. Paracetamol given.', []);
    expect(text).not.toContain('Jessica');
    expect(counts.NAME).toBeGreaterThanOrEqual(1);
    expect(text).toContain('Paracetamol given.');
  });

  it('finds a relative who shares the patient’s first name, though the patient’s token cuts into it', () => {
    const { text, book } = redactor.redact('Mother Siti Aminah binti Hassan came with Siti today.', [SITI]);
    expect(text).toMatch(/^Mother \[NAME_1\] binti \[NAME_2\] came with PATIENT_\w+ today\.$/);
    // Her "Siti" is hers, not the patient's: said back here, each keeps her own name.
    expect(book.reidentify(text)).toBe('Mother Siti Aminah binti Hassan came with Siti Nurhaliza binti Abdullah today.');
    const aunt = redactor.redact('Siti Nurhaliza came; her aunt Nurhaliza Wong Mei Ling, also Siti.', [SITI]);
    expect(aunt.text).toMatch(/^PATIENT_\w+ came; her \[NAME_1\], also PATIENT_\w+\.$/);
    expect(aunt.book.reidentify(aunt.text)).toBe('Siti Nurhaliza binti Abdullah came; her aunt Nurhaliza Wong Mei Ling, also Siti Nurhaliza binti Abdullah.');
  });

  it('never finds an identifier inside a token it wrote, and keeps one token for one value across texts', () => {
    const book = new TokenBook();
    const first = redactor.redact('Phone 012-345 6789.', [SITI], book);
    const second = redactor.redact('Again: +60123456789', [SITI], book);
    expect(first.text).toBe('Phone [PHONE_1].');
    expect(second.text).toBe('Again: [PHONE_1]');
    expect(book.size).toBe(1);
  });

  it('leaves text without identifiers as it was', () => {
    const plain = 'Sore throat 3/7, T 38.2, tonsils enlarged, no exudate. Rx: amoxicillin 500 mg tds x 5/7. Review in 1 week.';
    expect(redactor.redact(plain, SAMPLE_PATIENTS).text).toBe(plain);
  });
});

describe('name forms and tokens', () => {
  const plain = new Redactor(null);

  it('knows every spelling of Muhammad, and a name written only in Chinese characters', () => {
    const patient = { ...SITI, fullName: 'Md Hafiz bin Abdul Rahman 李', emergencyContact: null };
    const { text } = plain.redact('Muhammad Hafiz and Mohd. Hafiz and MOHAMAD HAFIZ came.', [patient]);
    expect(text).not.toMatch(/hafiz|muhammad|mohd|mohamad/i);
    const chinese = { ...TAN, fullName: '陈伟明', emergencyContact: null };
    expect(plain.redact('病人陈伟明，伟明说头痛。', [chinese]).text).not.toMatch(/陈伟明|伟明/);
  });

  it('puts a value back when the model dropped the brackets of its token, and leaves unknown tokens alone', () => {
    const book = new TokenBook();
    const { text } = plain.redact('Phone 012-345 6789.', [SITI], book);
    expect(text).toBe('Phone [PHONE_1].');
    expect(book.reidentify('Call PHONE_1 or [PHONE_2] or PHONE_12.')).toBe('Call +60 12-345 6789 or [PHONE_2] or PHONE_12.');
  });
});

describe('where the name finder must read beside the patient’s own names', () => {
  const own = ownNameWords([SITI.fullName, SITI.emergencyContact?.name ?? '']);

  it.each([
    ['Mother Siti Aminah binti Hassan called.', true],
    ['Aminah Siti came.', true],
    ['Siti binti Hassan, her aunt, came.', true],
    ['Mohd AB Rahman is her uncle.', true],
    ['Seen with Siti AB.', true],
    ['Siti (Aminah) came.', true],
    ['Siti Nurhaliza binti Abdullah (IC 850312-14-5678, MRN-004211) came.', false],
    ['Siti reports cough for 3 days.', false],
    ['Puan Nurhaliza bt Abdullah, DOB 12/03/1985.', false],
    ['Her husband Mohd Faizal bin Ismail, Dr Lim said.', false],
    ['Husband Mohd Faizal came.', true],
    ['email siti.nurhaliza85@gmail.com', false],
    ['Siti, Aminah and Ali came.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(ownNameBesideAnother(sentence.split(' '), own)).toBe(expected);
  });

  it('reads nothing for a text without own names', () => {
    expect(ownNameBesideAnother('Mother Siti Aminah binti Hassan called.'.split(' '), new Set())).toBe(false);
  });
});
