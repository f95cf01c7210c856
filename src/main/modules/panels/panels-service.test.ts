import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalOf } from '../../../../tests/support/test-hub';

const clinic = clinicForTests(() => clinicWithReceptionist());

const TAN = { fullName: 'Tan Ah Kow', identityType: 'mykad', identityNo: '700101-10-5111' } as const;

describe('panels and patients’ panel memberships', () => {
  it('keeps a registry of panels that only clinic managers change, with unique codes', async () => {
    const panel = await clinic.admin.panels.save({ code: 'pmcare', name: 'PMCare Sdn Bhd', kind: 'tpa', active: true });
    expect(panel.code).toBe('PMCARE');
    expect(await refusalOf(clinic.admin.panels.save({ code: 'PMCARE', name: 'Another', kind: 'insurer', active: true }))).toBe('PANEL_CODE_TAKEN');
    expect(await refusalOf(clinic.reception.panels.save({ code: 'AIA', name: 'AIA', kind: 'insurer', active: true }))).toBe('FORBIDDEN');
    expect((await clinic.reception.panels.list()).map((p) => p.code)).toContain('PMCARE');
  });

  it('records a membership card on the patient, kept in the record’s versions', async () => {
    const panel = await clinic.admin.panels.save({ code: 'SHELL', name: 'Shell Malaysia', kind: 'corporate', active: true });
    const card = { panelId: panel.id, memberNo: 'SH-00912', relationship: 'self', validFrom: '2026-01-01', validTo: '2026-12-31' } as const;
    const patient = await clinic.reception.patients.register({ ...TAN, panels: [card] });
    expect(patient.panels).toEqual([card]);
    const updated = await clinic.reception.patients.update({ ...TAN, id: patient.id, version: patient.version, panels: [] });
    const history = await clinic.reception.patients.history({ id: patient.id });
    expect(history.map((v) => v.snapshot.panels.length)).toEqual(expect.arrayContaining([1, 0]));
    expect(updated.panels).toEqual([]);
  });

  it('refuses a card that ends before it starts, or names an unknown or retired panel', async () => {
    const retired = await clinic.admin.panels.save({ code: 'OLDCO', name: 'Old Co', kind: 'corporate', active: false });
    const base = { fullName: 'Lim Mei Ling', identityType: 'mykad', identityNo: '820303-14-5222' } as const;
    const card = (panelId: string, validTo = '2027-01-01') => ({ panelId, memberNo: 'X1', validFrom: '2026-06-01', validTo });
    expect(await refusalOf(clinic.reception.patients.register({ ...base, panels: [card(retired.id, '2026-01-01')] }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.reception.patients.register({ ...base, panels: [card(retired.id)] }))).toBe('PANEL_INACTIVE');
    expect(await refusalOf(clinic.reception.patients.register({ ...base, panels: [card('0195f7a2-0000-7000-8000-000000000000')] }))).toBe('NOT_FOUND');
    expect((await clinic.reception.patients.search({ query: 'Mei Ling' })).length).toBe(0);
  });

  it('lets a patient keep a card of a panel retired after it was recorded', async () => {
    const panel = await clinic.admin.panels.save({ code: 'GOINGCO', name: 'Going Co', kind: 'corporate', active: true });
    const patient = await clinic.reception.patients.register({ fullName: 'Raj Kumar', identityType: 'mykad', identityNo: '650505-08-5333', panels: [{ panelId: panel.id, memberNo: 'G-1' }] });
    await clinic.admin.panels.save({ ...panel, active: false });
    const edited = await clinic.reception.patients.update({ fullName: 'Raj Kumar a/l Muthu', identityType: 'mykad', identityNo: '650505-08-5333', id: patient.id, version: patient.version, panels: patient.panels });
    expect(edited.panels[0]?.memberNo).toBe('G-1');
  });

  it('keeps a panel’s coverage rules, claim deadline and e-invoice identifiers, with defaults for a panel saved without them', async () => {
    const plain = await clinic.admin.panels.save({ code: 'PLAINCO', name: 'Plain Co', kind: 'corporate', active: true });
    expect(plain).toMatchObject({ capPerVisitSen: null, excludedKinds: [], copayFixedSen: 0, copayPercentBp: 0, mcAllowed: true, claimDeadlineDays: 30, statementPeriod: 'monthly', tin: null, registrationNo: null });
    const rules = { capPerVisitSen: 5000, excludedKinds: ['procedure' as const, 'package' as const], copayFixedSen: 500, copayPercentBp: 1000, mcAllowed: false, claimDeadlineDays: 60, tin: 'C20880050010', registrationNo: '199001012345' };
    const saved = await clinic.admin.panels.save({ ...plain, ...rules });
    expect((await clinic.reception.panels.list()).find((panel) => panel.id === plain.id)).toMatchObject(rules);
    expect(saved).toMatchObject(rules);
    expect(await refusalOf(clinic.admin.panels.save({ ...saved, copayPercentBp: 10_001 }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.admin.panels.save({ ...saved, capPerVisitSen: -1 }))).toBe('VALIDATION_FAILED');
  });
});
