import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { clinicDates } from '../../format/clinic-dates';
import { resources } from '../../i18n/i18n';
import { changeLines, humanised, type ChangeContext } from './audit-change-words';
import { auditSentence, type WireAuditEntry } from './audit-sentence';

const TAN_ID = '01939a8e-0000-7000-8000-000000000001';
const ROOM_ID = '01939a8e-0000-7000-8000-000000000002';
const FARAH_ID = '01939a8e-0000-7000-8000-000000000003';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/i;

async function contextIn(language: 'en' | 'ms'): Promise<ChangeContext> {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: language, fallbackLng: false, interpolation: { escapeValue: false } });
  return { t: i18n.t, language, dates: clinicDates('Asia/Kuala_Lumpur', language), names: new Map([[TAN_ID, 'Tan Ah Kow (MRN-000001)'], [FARAH_ID, 'Farah']]) };
}

const PATIENT = { id: TAN_ID, mrn: 'MRN-000001', fullName: 'Tan Ah Kow', nationality: 'VNM', sex: 'male', dateOfBirth: '1980-01-01', phones: [], email: null, emergencyContact: null, version: 1, updatedAt: '2026-11-23T02:00:00.000Z' };

describe('an audit entry\'s change in words', () => {
  it('names only the fields that changed, by their labels, before → after', async () => {
    const context = await contextIn('en');
    const after = { ...PATIENT, phones: ['012-345 6789'], emergencyContact: { name: 'Mei', phone: '012-111 2222', relationship: 'wife' }, version: 2, updatedAt: '2026-11-24T02:00:00.000Z' };
    expect(changeLines({ entity: 'patient', before: PATIENT, after }, context)).toEqual([
      { path: 'phones', label: 'Phone', before: '—', after: '012-345 6789' },
      { path: 'emergencyContact.name', label: 'Emergency contact name', before: '—', after: 'Mei' },
      { path: 'emergencyContact.phone', label: 'Emergency contact phone', before: '—', after: '012-111 2222' },
      { path: 'emergencyContact.relationship', label: 'Relationship', before: '—', after: 'wife' },
    ]);
  });

  it('reads a list of records (allergies) one record to a part', async () => {
    const context = await contextIn('en');
    const after = { ...PATIENT, allergies: [{ id: ROOM_ID, allergen: 'Penicillin', reaction: 'rash', severity: 'severe' }, { allergen: 'Aspirin', reaction: '', severity: 'mild' }] };
    expect(changeLines({ entity: 'patient', before: { ...PATIENT, allergies: [] }, after }, context)).toEqual([
      { path: 'allergies', label: 'Allergies', before: '—', after: 'Penicillin · rash · severe; Aspirin · mild' },
    ]);
  });

  it('lists what a new record was made with, dates and words of known lists in the screen language', async () => {
    const context = await contextIn('ms');
    expect(changeLines({ entity: 'patient', before: null, after: PATIENT }, context)).toEqual([
      { path: 'mrn', label: 'MRN', after: 'MRN-000001' },
      { path: 'fullName', label: 'Nama penuh', after: 'Tan Ah Kow' },
      { path: 'nationality', label: 'Warganegara', after: 'Vietnam' },
      { path: 'sex', label: 'Jantina', after: 'Lelaki' },
      { path: 'dateOfBirth', label: 'Tarikh lahir', after: '1 Jan 1980' },
    ]);
  });

  it('puts a name for an id the hub resolved, and never shows one it did not', async () => {
    const context = await contextIn('en');
    const lines = changeLines({ entity: 'queue', before: null, after: { visitId: TAN_ID, roomId: ROOM_ID, actorUserId: FARAH_ID, ticketNo: 'A001' } }, context);
    expect(lines).toEqual([
      { path: 'visitId', label: 'Visit', after: 'Tan Ah Kow (MRN-000001)' },
      { path: 'roomId', label: 'Room', after: 'another record' },
      { path: 'actorUserId', label: 'User', after: 'Farah' },
      { path: 'ticketNo', label: 'Ticket no', after: 'A001' },
    ]);
    expect(JSON.stringify(lines)).not.toMatch(UUID);
  });

  it('reads a role as its permissions, in words', async () => {
    const context = await contextIn('en');
    expect(changeLines({ entity: 'role', before: ['clinic.view'], after: ['clinic.view', 'audit.view'] }, context)).toEqual([
      { path: 'permissions', label: 'Permissions', before: 'See clinic settings', after: 'See clinic settings; See the audit log' },
    ]);
  });

  it('names nested settings by their own labels, and humanises a key it has none for', async () => {
    const context = await contextIn('en');
    const before = { tax: { enabled: false, rateBasisPoints: 0 }, brandNewSetting: 'a' };
    const after = { tax: { enabled: true, rateBasisPoints: 600 }, brandNewSetting: 'b' };
    expect(changeLines({ entity: 'clinic', before, after }, context)).toEqual([
      { path: 'tax.enabled', label: 'Tax', before: 'No', after: 'Yes' },
      { path: 'tax.rateBasisPoints', label: 'Tax rate', before: '0', after: '600' },
      { path: 'brandNewSetting', label: 'Brand new setting', before: 'a', after: 'b' },
    ]);
    expect(humanised('ticket_prefix')).toBe('Ticket prefix');
  });

  it('says nothing when nothing was recorded', async () => {
    expect(changeLines({ entity: 'user', before: null, after: null }, await contextIn('en'))).toEqual([]);
  });
});

describe('a settings change names the section in words', () => {
  const entry = (action: string): WireAuditEntry => ({ seq: 1, at: '2026-12-04T02:00:00.000Z', actorUserId: null, actorName: 'Farah', action, entity: 'clinic', entityId: 'printer', subject: null });

  it.each([
    ['en', 'clinic.update.printer', 'Farah changed the receipt printer settings'],
    ['ms', 'clinic.update.printer', 'Farah mengubah tetapan pencetak resit'],
    ['en', 'clinic.update.display', 'Farah changed the waiting-room TV settings'],
    ['en', 'clinic.update.someNewSection', 'Farah changed the some new section settings'],
  ] as const)('%s: %s', async (language, action, sentence) => {
    expect(auditSentence(entry(action), (await contextIn(language)).t)).toBe(sentence);
  });
});
