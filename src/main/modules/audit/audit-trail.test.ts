import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, registerWalkIn, unlockAfterClockMove } from '../../../../tests/support/test-hub';
import type { ListedAuditEntry } from '../../../shared/schemas/audit';

// 10:00 in Kuala Lumpur on 23 November; one test moves to the next day.
let clock = new Date('2026-11-23T02:00:00Z');

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist({ clock: () => clock });
  const roomId = (await admin.rooms.save({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true })).id;
  const tan = await registerWalkIn(reception, 'Tan Ah Kow');
  const lim = await registerWalkIn(reception, 'Lim Mei');
  await reception.queue.checkIn({ patientId: tan, roomId, chiefComplaint: 'fever', priority: 'normal' });
  await reception.patients.search({ query: 'Tan Ah' });
  const farahId = (await admin.users.list()).find((user) => user.username === 'farah')?.id ?? '';
  return { testHub, admin, reception, tan, lim, farahId };
});

const actionsOf = (entries: ListedAuditEntry[]) => entries.map((entry) => entry.action);

describe('the audit list says whom each entry is about', () => {
  it("names the patient of their own record's rows and of their queue ticket's, with the MRN", async () => {
    const entries = await clinic.admin.audit.list({ patientId: clinic.tan });
    expect(actionsOf(entries)).toEqual(expect.arrayContaining(['patient.register', 'queue.checkIn', 'patient.search']));
    const mrn = entries.find((entry) => entry.action === 'patient.register')?.subject;
    expect(mrn).toMatchObject({ kind: 'patient', patientId: clinic.tan, fullName: 'Tan Ah Kow', mrn: expect.stringMatching(/^MRN-\d+$/) });
    expect(entries.find((entry) => entry.action === 'queue.checkIn')?.subject).toEqual(mrn);
  });

  it("keeps other patients' rows out of a patient's trail", async () => {
    const tan = await clinic.admin.audit.list({ patientId: clinic.tan });
    const lim = await clinic.admin.audit.list({ patientId: clinic.lim });
    expect(actionsOf(lim)).toEqual(['patient.register']);
    expect(tan.some((entry) => entry.subject?.kind === 'patient' && entry.subject.patientId === clinic.lim)).toBe(false);
  });

  it('names the user a user entry is about', async () => {
    const [created] = await clinic.admin.audit.list({ actions: ['user.create'] });
    expect(created.subject).toEqual({ kind: 'user', userId: clinic.farahId, name: 'farah' });
  });
});

describe('filters', () => {
  it('by who did it', async () => {
    const entries = await clinic.admin.audit.list({ actorUserId: clinic.farahId, limit: 500 });
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((entry) => entry.actorName))).toEqual(new Set(['farah']));
  });

  it('by exact actions', async () => {
    const entries = await clinic.admin.audit.list({ actions: ['patient.register', 'queue.checkIn'] });
    expect(actionsOf(entries).sort()).toEqual(['patient.register', 'patient.register', 'queue.checkIn']);
  });

  it('by date, from and to', async () => {
    clock = new Date('2026-11-24T02:00:00Z');
    await unlockAfterClockMove(clinic.admin, clinic.reception);
    const ong = await registerWalkIn(clinic.reception, 'Ong Bee Lian');
    const nextDay = await clinic.admin.audit.list({ actions: ['patient.register'], from: '2026-11-23T16:00:00.000Z' });
    expect(nextDay.map((entry) => entry.entityId)).toEqual([ong]);
    const firstDay = await clinic.admin.audit.list({ actions: ['patient.register'], to: '2026-11-23T16:00:00.000Z' });
    expect(firstDay.map((entry) => entry.entityId).sort()).toEqual([clinic.tan, clinic.lim].sort());
  });

  it('offers every user as someone who may have done something', async () => {
    expect((await clinic.admin.audit.actors()).map((actor) => actor.name)).toEqual(['Dr Aminah', 'farah']);
  });
});
