import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalDetailsOf, refusalOf, registerWalkIn, userWithRoles, type TestHub } from '../../../../tests/support/test-hub';
import { vitalsPageQuery } from './vitals-queries';

type Caller = ReturnType<TestHub['caller']>;

// 10:00 in Kuala Lumpur.
const NOW = new Date('2026-12-05T02:00:00Z');

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist({ clock: () => NOW });
  const nurse = (await userWithRoles(testHub, admin, 'siti', ['nurse'])).caller;
  const roomId = (await admin.rooms.save({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true })).id;
  return { testHub, admin, reception, nurse, roomId };
});

/** A patient checked in and waiting; returns the patient and the visit. */
async function waitingPatient(fullName: string, desk: Caller = clinic.reception) {
  const patientId = await registerWalkIn(desk, fullName);
  const { visitId, entryId } = await desk.queue.checkIn({ patientId, roomId: clinic.roomId, chiefComplaint: 'fever', priority: 'normal' });
  return { patientId, visitId, entryId };
}

describe('recording vitals', () => {
  it('lets the nurse record vitals for a waiting patient and returns them flagged, BMI worked out', async () => {
    const { visitId, patientId } = await waitingPatient('Tan Ah Kow');
    const saved = await clinic.nurse.vitals.record({ visitId, systolic: 152, diastolic: 94, pulse: 88, temperature: 38.4, weight: 72, height: 170, glucose: 6.5, glucoseKind: 'fasting' });
    expect(saved).toMatchObject({ visitId, patientId, recordedAt: NOW.toISOString(), recordedBy: { name: 'siti' }, bmi: 24.9, bmiCategory: 'overweight', band: 'adult' });
    expect(saved.measures).toMatchObject({ systolic: 152, diastolic: 94, temperature: 38.4, spo2: null, pain: null });
    expect(saved.flags.map((flag) => `${flag.measure}:${flag.level}`)).toEqual(['systolic:high', 'diastolic:high', 'temperature:high', 'bmi:high', 'glucoseFasting:high']);
    const audited = await clinic.admin.audit.list({ action: 'vitals.record', entityId: saved.id });
    expect(audited).toHaveLength(1);
  });

  it('refuses impossible values with the measure and its limits, saving nothing', async () => {
    const { visitId } = await waitingPatient('Lim Mei Ling');
    expect(await refusalDetailsOf(clinic.nurse.vitals.record({ visitId, systolic: 900, diastolic: 80 }))).toEqual({ code: 'VITALS_IMPOSSIBLE', details: { measure: 'systolic', min: 40, max: 300 } });
    expect(await refusalDetailsOf(clinic.nurse.vitals.record({ visitId, temperature: 60 }))).toEqual({ code: 'VITALS_IMPOSSIBLE', details: { measure: 'temperature', min: 25, max: 45 } });
    expect(await refusalDetailsOf(clinic.nurse.vitals.record({ visitId, systolic: 80, diastolic: 120 }))).toEqual({ code: 'VITALS_IMPOSSIBLE', details: { measure: 'diastolic', min: 10, max: 79 } });
    expect(await refusalOf(clinic.nurse.vitals.record({ visitId, spo2: 101 }))).toBe('VITALS_IMPOSSIBLE');
    expect(await clinic.nurse.vitals.forVisit({ visitId })).toEqual([]);
  });

  it('refuses an empty recording, half a blood pressure, and glucose without fasting or random', async () => {
    const { visitId } = await waitingPatient('Raj Kumar');
    expect(await refusalOf(clinic.nurse.vitals.record({ visitId }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.nurse.vitals.record({ visitId, systolic: 120 }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.nurse.vitals.record({ visitId, glucose: 5.5 }))).toBe('VALIDATION_FAILED');
  });

  it('takes a time measured earlier, refuses one in the future', async () => {
    const { visitId } = await waitingPatient('Siti Aminah');
    const earlier = new Date(NOW.getTime() - 20 * 60_000).toISOString();
    expect((await clinic.nurse.vitals.record({ visitId, pulse: 72, recordedAt: earlier })).recordedAt).toBe(earlier);
    const later = new Date(NOW.getTime() + 10 * 60_000).toISOString();
    expect(await refusalOf(clinic.nurse.vitals.record({ visitId, pulse: 72, recordedAt: later }))).toBe('VITALS_IN_FUTURE');
  });

  it('refuses vitals for a finished visit, and anyone without consultation.write', async () => {
    const { visitId, entryId } = await waitingPatient('Wong Kar Wai');
    expect(await refusalOf(clinic.reception.vitals.record({ visitId, pulse: 80 }))).toBe('FORBIDDEN');
    await clinic.reception.queue.noShow({ entryId });
    expect(await refusalOf(clinic.nurse.vitals.record({ visitId, pulse: 80 }))).toBe('VISIT_CLOSED');
  });
});

describe('correcting vitals', () => {
  it('replaces a recording with a new one that keeps the reason; the original stays on record', async () => {
    const { visitId } = await waitingPatient('Nurul Huda');
    const typo = await clinic.nurse.vitals.record({ visitId, weight: 600, height: 160 });
    const fixed = await clinic.nurse.vitals.correct({ id: typo.id, weight: 60, height: 160, reason: 'typed 600 for 60' });
    expect(fixed).toMatchObject({ replacesId: typo.id, correctionReason: 'typed 600 for 60', recordedAt: typo.recordedAt, bmi: 23.4 });
    expect((await clinic.nurse.vitals.forVisit({ visitId })).map((recording) => recording.id)).toEqual([fixed.id]);
    const [audited] = await clinic.admin.audit.list({ action: 'vitals.correct', entityId: fixed.id });
    expect(audited).toBeDefined();
    // The second of two people correcting the same recording is told, not silently stacked.
    expect(await refusalOf(clinic.nurse.vitals.correct({ id: typo.id, weight: 61, height: 160, reason: 'another fix' }))).toBe('CONFLICT');
    expect(await refusalOf(clinic.nurse.vitals.correct({ id: fixed.id, weight: 61, height: 160, reason: '' }))).toBe('VALIDATION_FAILED');
  });

  it('takes a correction after the visit ended, and still refuses an impossible value', async () => {
    const { visitId, entryId } = await waitingPatient('Ahmad Faiz');
    const recorded = await clinic.nurse.vitals.record({ visitId, temperature: 37.2 });
    await clinic.reception.queue.noShow({ entryId });
    expect(await refusalOf(clinic.nurse.vitals.correct({ id: recorded.id, temperature: 73.2, reason: 'wrong patient’s reading' }))).toBe('VITALS_IMPOSSIBLE');
    expect((await clinic.nurse.vitals.correct({ id: recorded.id, temperature: 37.3, reason: 'misread the thermometer' })).measures.temperature).toBe(37.3);
  });
});

/** The message the store refuses a statement with, or null when it runs. */
async function storeRefusal(sql: string): Promise<string | null> {
  const open = clinic.testHub.hub.open();
  if (!open) throw new Error('store not open');
  try {
    await open.work.run(null, (uow) => uow.db.query(sql));
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('a recording on the store', () => {
  it('is never changed or deleted, even by a statement that bypasses the service', async () => {
    const { visitId } = await waitingPatient('Zainal Abidin');
    const recorded = await clinic.nurse.vitals.record({ visitId, pulse: 75 });
    expect(await storeRefusal(`UPDATE vitals SET pulse = 60 WHERE id = '${recorded.id}'`)).toMatch(/never changes/);
    expect(await storeRefusal(`DELETE FROM vitals WHERE id = '${recorded.id}'`)).toMatch(/never deleted/);
  });
});

describe('reading vitals', () => {
  it('keeps vitals from reception, and records who read them', async () => {
    const { visitId, patientId } = await waitingPatient('Chong Wei');
    await clinic.nurse.vitals.record({ visitId, pulse: 70 });
    expect(await refusalOf(clinic.reception.vitals.forVisit({ visitId }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.vitals.trend({ patientId }))).toBe('FORBIDDEN');
    await clinic.nurse.vitals.trend({ patientId });
    expect((await clinic.admin.audit.list({ action: 'patient.vitals.read', entityId: patientId })).length).toBeGreaterThanOrEqual(1);
  });

  it('shows a patient’s trend newest first, a page at a time, with a merged duplicate’s recordings', async () => {
    const kept = await waitingPatient('Kamala Devi');
    const duplicate = await waitingPatient('Kamala Devi a/p Muthu');
    const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();
    const own = await clinic.nurse.vitals.record({ visitId: kept.visitId, weight: 60, recordedAt: minutesAgo(30) });
    const theirs = await clinic.nurse.vitals.record({ visitId: duplicate.visitId, weight: 61, recordedAt: minutesAgo(20) });
    const latest = await clinic.nurse.vitals.record({ visitId: kept.visitId, weight: 62, recordedAt: minutesAgo(10) });
    await clinic.reception.queue.noShow({ entryId: duplicate.entryId });
    await clinic.admin.patients.merge({ survivorId: kept.patientId, mergedId: duplicate.patientId });
    const first = await clinic.nurse.vitals.trend({ patientId: kept.patientId, limit: 2 });
    expect(first.recordings.map((recording) => recording.id)).toEqual([latest.id, theirs.id]);
    expect(first.nextBefore).not.toBeNull();
    const second = await clinic.nurse.vitals.trend({ patientId: kept.patientId, limit: 2, before: first.nextBefore ?? undefined });
    expect(second).toEqual({ recordings: [expect.objectContaining({ id: own.id })], nextBefore: null });
  });

  it('reads a page of the trend by the patient index, without sorting the history', async () => {
    const open = clinic.testHub.hub.open();
    if (!open) throw new Error('store not open');
    const plan = await open.work.run(null, (uow) => uow.db.query<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${vitalsPageQuery({ recordedAt: 'x', id: 'y' })}`, ['p', 'x', 'y', 10]));
    const details = plan.map((row) => row.detail).join('\n');
    expect(details).toMatch(/vitals_patient_trend/);
    expect(details).not.toMatch(/TEMP B-TREE/);
  });
});
