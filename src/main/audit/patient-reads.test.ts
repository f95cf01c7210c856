import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../tests/support/clinic-for-tests';
import { ADMIN, clinicWithReceptionist, registerWalkIn, signIn, USER_PASSWORD } from '../../../tests/support/test-hub';

// 10:00 in Kuala Lumpur; a test moves it to see identical reads recorded again.
let clock = new Date('2026-03-02T02:00:00Z');
const clinic = clinicForTests(() => clinicWithReceptionist({ clock: () => clock }));

/** The audit rows about one patient, newest first, as an admin reads them. */
async function trailOf(patientId: string) {
  return clinic.admin.audit.list({ entityId: patientId, limit: 500 });
}

describe('reads of patient data in the audit log', () => {
  it('records which patients a search showed, and to whom', async () => {
    const first = await registerWalkIn(clinic.reception, 'Zubaidah binti Karim');
    const second = await registerWalkIn(clinic.reception, 'Zubaidah binti Osman');
    const found = await clinic.reception.patients.search({ query: 'Zubaidah' });
    expect(found.map((patient) => patient.id).sort()).toEqual([first, second].sort());

    const [search] = await clinic.admin.audit.list({ action: 'patient.search' });
    expect(search).toMatchObject({ actorName: 'farah', entity: 'patient', entityId: null, after: { patientIds: found.map((patient) => patient.id) } });
    // "Who saw this patient" finds the search that listed them.
    expect((await trailOf(first)).map((entry) => entry.seq)).toContain(search.seq);
  });

  it('records the record, its history, its photo and its visits being opened', async () => {
    const id = await registerWalkIn(clinic.reception, 'Kamaruddin bin Yusof');
    await clinic.reception.patients.get({ id });
    await clinic.reception.patients.history({ id });
    await clinic.reception.patients.photo({ id });
    await clinic.reception.queue.visitsForPatient({ patientId: id });
    const reads = (await trailOf(id)).filter((entry) => entry.action !== 'patient.register');
    expect(reads.map((entry) => [entry.action, entry.actorName]).sort()).toEqual([
      ['patient.history.read', 'farah'],
      ['patient.photo.read', 'farah'],
      ['patient.read', 'farah'],
      ['patient.visits.read', 'farah'],
    ]);
  });

  it('keeps the reads in the hash chain', async () => {
    await clinic.reception.patients.search({ query: 'Kamaruddin' });
    expect(await clinic.admin.audit.verify()).toMatchObject({ ok: true });
  });

  it('tells no live screen to refresh when someone only reads', async () => {
    const id = await registerWalkIn(clinic.reception, 'Lee Mei Ling');
    const heard: string[][] = [];
    const stop = clinic.testHub.hub.events.onEvent('changed', ({ entities }) => heard.push(entities));
    try {
      await clinic.reception.patients.search({ query: 'Mei Ling' });
      await clinic.reception.patients.get({ id });
      await clinic.reception.queue.visitsForPatient({ patientId: id });
      await clinic.admin.audit.list({ entityId: id });
    } finally {
      stop();
    }
    expect(heard).toEqual([]);
  });

  it('records the same read by the same person once a minute', async () => {
    const id = await registerWalkIn(clinic.reception, 'Rosnah binti Ali');
    // A live screen refetching the open record.
    await clinic.reception.patients.photo({ id });
    await clinic.reception.patients.photo({ id });
    expect((await trailOf(id)).filter((entry) => entry.action === 'patient.photo.read')).toHaveLength(1);
    clock = new Date(clock.getTime() + 61_000);
    await clinic.reception.patients.photo({ id });
    expect((await trailOf(id)).filter((entry) => entry.action === 'patient.photo.read')).toHaveLength(2);
  });

  it('keeps the reads that were waiting when the hub closed', async () => {
    const id = await registerWalkIn(clinic.reception, 'Suresh a/l Kumar');
    await clinic.reception.patients.history({ id });
    await clinic.testHub.restart();
    clinic.admin = (await signIn(clinic.testHub, ADMIN.username, ADMIN.password)).caller;
    clinic.reception = (await signIn(clinic.testHub, 'farah', USER_PASSWORD)).caller;
    expect((await trailOf(id)).map((entry) => entry.action)).toContain('patient.history.read');
  });
});
