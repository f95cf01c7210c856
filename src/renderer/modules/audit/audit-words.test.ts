import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, SETTINGS_AUDIT_FAMILIES, type AuditAction } from '../../../shared/audit-actions';
import { resources } from '../../i18n/i18n';
import { auditSentence, type WireAuditEntry } from './audit-sentence';

const PATIENT_ID = '01939a8e-0000-7000-8000-000000000001';
const TAN = { kind: 'patient', patientId: PATIENT_ID, fullName: 'Tan Ah Kow', mrn: 'MRN-000123' } as const;

function entry(action: string, changes: Partial<WireAuditEntry> = {}): WireAuditEntry {
  return { seq: 1, at: '2026-12-04T02:00:00.000Z', actorUserId: null, actorName: 'Farah', action, entity: 'patient', entityId: PATIENT_ID, subject: TAN, ...changes };
}

/** Every action the hub writes, and one of each settings family. */
const EVERY_ACTION: readonly AuditAction[] = [...AUDIT_ACTIONS, ...SETTINGS_AUDIT_FAMILIES.map((family) => `${family}.printer` as const)];

describe.each(['en', 'ms'] as const)('every audit action in words (%s)', (language) => {
  const i18n = i18next.createInstance();
  const ready = i18n.init({ resources, lng: language, fallbackLng: false, interpolation: { escapeValue: false } });

  it.each(EVERY_ACTION.map((action) => [action]))('%s reads as a sentence and has a name for the filter', async (action) => {
    await ready;
    const sentence = auditSentence(entry(action), i18n.t);
    expect(sentence).not.toContain('audit.');
    expect(sentence).not.toContain('{{');
    expect(sentence).not.toContain(action);
    expect(sentence).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    const key = action.startsWith('clinic.update.') ? 'clinic.update' : action.startsWith('clinic.default.') ? 'clinic.default' : action;
    expect(i18n.exists(`audit.named.${key}`)).toBe(true);
    expect(typeof i18n.t(`audit.named.${key}` as 'audit.named.patient.register')).toBe('string');
  });

  it("names the patient by name and MRN, and someone else's account by name", async () => {
    await ready;
    expect(auditSentence(entry('patient.register'), i18n.t)).toBe(language === 'en' ? 'Farah registered Tan Ah Kow (MRN-000123)' : 'Farah mendaftar Tan Ah Kow (MRN-000123)');
    const account = entry('user.disable', { entity: 'user', subject: { kind: 'user', userId: PATIENT_ID, name: 'Dr Lim' } });
    expect(auditSentence(account, i18n.t)).toContain('Dr Lim');
  });

  it('never shows a record id: a record no longer on file is said so', async () => {
    await ready;
    const gone = auditSentence(entry('room.update', { entity: 'room', subject: null }), i18n.t);
    expect(gone).not.toContain(PATIENT_ID);
    expect(gone).toContain(i18n.t('audit.aRecord'));
  });
});
