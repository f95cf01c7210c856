import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalDetailsOf, refusalOf, userWithRoles } from '../../../../tests/support/test-hub';
import { diagnosesKey } from './key';

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist();
  const lim = await userWithRoles(testHub, admin, 'dr.lim', ['doctor']);
  const kumar = await userWithRoles(testHub, admin, 'dr.kumar', ['doctor']);
  const nurse = await userWithRoles(testHub, admin, 'siti', ['nurse']);
  const open = testHub.hub.open();
  if (!open) throw new Error('store not open');
  const diagnoses = open.services.of(diagnosesKey).diagnoses;
  /** As the consultation module will: inside its own unit of work, which audits the diagnoses it saves. */
  const noteUsed = (userId: string, codes: string[]) =>
    open.work.run({ userId, name: 'doctor' }, async (uow) => {
      await diagnoses.noteUsed(uow, userId, codes);
      await uow.audit({ action: 'diagnosisFavourite.add', entity: 'diagnosisFavourite', entityId: 'consultation-stand-in' });
    });
  return { testHub, admin, reception, lim, kumar, nurse, diagnoses, noteUsed };
});

describe('diagnoses.search', () => {
  it('finds codes by code and by words for doctors and nurses, never for reception', async () => {
    expect((await clinic.lim.caller.diagnoses.search({ query: 'upper resp' }))[0]).toEqual({
      code: 'J06.9',
      description: 'Acute upper respiratory infection, unspecified',
      billable: true,
      preferred: false,
    });
    expect((await clinic.nurse.caller.diagnoses.search({ query: 'j069', limit: 1 })).map((d) => d.code)).toEqual(['J06.9']);
    expect(await refusalOf(clinic.reception.diagnoses.search({ query: 'fever' }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.lim.caller.diagnoses.search({ query: 'fever', limit: 500 }))).toBe('VALIDATION_FAILED');
  }, 60_000);

  it('puts the doctor’s favourites, then their recent codes, first — and only theirs', async () => {
    expect((await clinic.lim.caller.diagnoses.search({ query: 'hypert', limit: 5 })).map((d) => d.code)).not.toContain('I10');
    await clinic.noteUsed(clinic.lim.user.id, ['I16.0', 'i10']);
    await clinic.lim.caller.diagnoses.setFavourite({ code: 'I15.0', favourite: true });
    const found = await clinic.lim.caller.diagnoses.search({ query: 'hypert', limit: 5 });
    expect(found.slice(0, 3).map((d) => [d.code, d.preferred])).toEqual([
      ['I15.0', true],
      ['I10', true],
      ['I16.0', true],
    ]);
    expect((await clinic.kumar.caller.diagnoses.search({ query: 'hypert', limit: 5 })).some((d) => d.preferred)).toBe(false);
  }, 60_000);
});

describe('favourite diagnoses', () => {
  it('are kept per doctor, audited, and only for codes of the list', async () => {
    const added = await clinic.kumar.caller.diagnoses.setFavourite({ code: 'j06.9', favourite: true });
    expect(added.map((d) => d.code)).toEqual(['J06.9']);
    await clinic.kumar.caller.diagnoses.setFavourite({ code: 'J06.9', favourite: true });
    expect(await clinic.kumar.caller.diagnoses.favourites()).toHaveLength(1);
    expect(await clinic.kumar.caller.diagnoses.setFavourite({ code: 'J06.9', favourite: false })).toEqual([]);
    const trail = await clinic.admin.audit.list({ entity: 'diagnosisFavourite', entityId: 'J06.9' });
    const actions = trail.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['diagnosisFavourite.add', 'diagnosisFavourite.remove']));
    expect(actions).toHaveLength(2);
    expect(await refusalDetailsOf(clinic.kumar.caller.diagnoses.setFavourite({ code: 'J06.99', favourite: true }))).toEqual({ code: 'DIAGNOSIS_CODE_UNKNOWN', details: { codes: 'J06.99' } });
    expect(await refusalOf(clinic.reception.diagnoses.setFavourite({ code: 'J06.9', favourite: true }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.diagnoses.favourites())).toBe('FORBIDDEN');
  }, 60_000);
});

describe('describing codes for the consultation', () => {
  it('gives each code its description and refuses codes not in the list, naming them', async () => {
    expect(await clinic.diagnoses.describe(['E11.9', 'i10'])).toEqual(
      new Map([
        ['E11.9', 'Type 2 diabetes mellitus without complications'],
        ['I10', 'Essential (primary) hypertension'],
      ]),
    );
    await expect(clinic.diagnoses.describe(['I10', 'J06.99', 'E11.A'])).rejects.toMatchObject({ code: 'DIAGNOSIS_CODE_UNKNOWN', details: { codes: 'J06.99, E11.A' } });
  });

  it('writes nothing when a used code is unknown', async () => {
    await expect(clinic.noteUsed(clinic.kumar.user.id, ['I10', 'NOPE'])).rejects.toMatchObject({ code: 'DIAGNOSIS_CODE_UNKNOWN' });
    const found = await clinic.kumar.caller.diagnoses.search({ query: 'I10', limit: 1 });
    expect(found[0].preferred).toBe(false);
  });
});
