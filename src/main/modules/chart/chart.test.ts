import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { clinicWithReceptionist, refusalOf, registerWalkIn, userWithRoles } from '../../../../tests/support/test-hub';
import { chartKey } from './key';

// 10:00 in Kuala Lumpur on Saturday 5 December 2026.
const NOW = new Date('2026-12-05T02:00:00Z');

const clinic = clinicForTests(async () => {
  const { testHub, admin, reception } = await clinicWithReceptionist({ clock: () => NOW });
  const doctor = await userWithRoles(testHub, admin, 'dr.aminah', ['doctor']);
  const nurse = (await userWithRoles(testHub, admin, 'siti', ['nurse'])).caller;
  const roomId = (await admin.rooms.save({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true })).id;
  return { testHub, admin, reception, doctor: doctor.caller, doctorName: doctor.user.displayName, nurse, roomId };
});

const patient = (name: string) => registerWalkIn(clinic.reception, name);

async function openVisit(patientId: string): Promise<string> {
  await clinic.reception.queue.checkIn({ patientId, roomId: clinic.roomId, chiefComplaint: 'review', priority: 'normal' });
  const visits = await clinic.reception.queue.visitsForPatient({ patientId });
  return visits.visits[0]?.visitId ?? '';
}

describe('the patient’s chart kept across visits', () => {
  it('keeps a chronic problem with its onset year, who recorded it and in which visit, and audits the change', async () => {
    const tan = await patient('Tan Ah Kow');
    const visitId = await openVisit(tan);
    const problem = await clinic.doctor.chart.saveProblem({ patientId: tan, condition: 'Hypertension', icdCode: 'i10', onset: '2015', chronic: true, visitId });
    expect(problem).toMatchObject({ condition: 'Hypertension', icdCode: 'I10', onset: '2015', chronic: true, status: 'active', version: 1, visitId, createdByName: clinic.doctorName, updatedByName: clinic.doctorName });
    const chart = await clinic.nurse.chart.get({ patientId: tan });
    expect(chart.problems.map((p) => p.condition)).toEqual(['Hypertension']);
    expect(chart.history).toBeNull();
    const added = await clinic.admin.audit.list({ action: 'chart.problem.add', entityId: problem.id });
    expect(added).toHaveLength(1);
    // The audit screen finds the row on the patient's trail, and the nurse's look at the chart.
    const trail = await clinic.admin.audit.list({ patientId: tan });
    expect(trail.map((entry) => entry.action)).toEqual(expect.arrayContaining(['chart.problem.add', 'patient.chart.read']));
  });

  it('edits from the version read, and tells a second editor working from an older one (CONFLICT), keeping the first edit', async () => {
    const lim = await patient('Lim Mei Ling');
    const problem = await clinic.doctor.chart.saveProblem({ patientId: lim, condition: 'Type 2 diabetes', chronic: true });
    const edited = await clinic.doctor.chart.saveProblem({ id: problem.id, version: problem.version, patientId: lim, condition: 'Type 2 diabetes mellitus', icdCode: 'E11.9', chronic: true, notes: 'on metformin' });
    expect(edited.version).toBe(2);
    expect(await refusalOf(clinic.nurse.chart.saveProblem({ id: problem.id, version: problem.version, patientId: lim, condition: 'DM2', chronic: true }))).toBe('CONFLICT');
    const [kept] = (await clinic.doctor.chart.get({ patientId: lim })).problems;
    expect(kept).toMatchObject({ condition: 'Type 2 diabetes mellitus', notes: 'on metformin', version: 2 });
    const [change] = await clinic.admin.audit.list({ action: 'chart.problem.change', entityId: problem.id });
    expect(change?.before).toMatchObject({ condition: 'Type 2 diabetes' });
    expect(change?.after).toMatchObject({ condition: 'Type 2 diabetes mellitus', version: 2 });
  });

  it('resolves a problem or marks it entered in error with the reason; the row stays, and a closed one takes no more changes', async () => {
    const raj = await patient('Raj Kumar');
    const asthma = await clinic.doctor.chart.saveProblem({ patientId: raj, condition: 'Asthma', onset: '2001-06' });
    const typo = await clinic.doctor.chart.saveProblem({ patientId: raj, condition: 'Asthmaa' });
    const resolved = await clinic.doctor.chart.resolveProblem({ status: 'resolved', id: asthma.id, version: asthma.version, date: '2026-11-30' });
    expect(resolved).toMatchObject({ status: 'resolved', closedOn: '2026-11-30' });
    expect(await refusalOf(clinic.doctor.chart.resolveProblem({ status: 'entered_in_error', id: typo.id, version: typo.version, reason: '' }))).toBe('VALIDATION_FAILED');
    await clinic.doctor.chart.resolveProblem({ status: 'entered_in_error', id: typo.id, version: typo.version, reason: 'typed twice' });
    expect(await refusalOf(clinic.doctor.chart.resolveProblem({ status: 'resolved', id: asthma.id, version: resolved.version, date: '2026-12-01' }))).toBe('CHART_ENTRY_CLOSED');
    expect(await refusalOf(clinic.doctor.chart.saveProblem({ id: typo.id, version: 2, patientId: raj, condition: 'Asthma' }))).toBe('CHART_ENTRY_CLOSED');
    const chart = await clinic.doctor.chart.get({ patientId: raj });
    expect(chart.problems.map((p) => [p.condition, p.status, p.closedReason])).toEqual([
      ['Asthma', 'resolved', ''],
      ['Asthmaa', 'entered_in_error', 'typed twice'],
    ]);
  });

  it('refuses dates in the future, a resolution before the onset, and an unknown ICD code shape, saving nothing', async () => {
    const ong = await patient('Ong Bee Lian');
    expect(await refusalOf(clinic.doctor.chart.saveProblem({ patientId: ong, condition: 'Gout', onset: '2027' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.doctor.chart.saveProblem({ patientId: ong, condition: 'Gout', onset: '2026-12-06' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.doctor.chart.saveProblem({ patientId: ong, condition: 'Gout', onset: '2026-02-30' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.doctor.chart.saveProblem({ patientId: ong, condition: 'Gout', icdCode: 'gout' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.doctor.chart.saveMedication({ patientId: ong, medicineName: 'Allopurinol', since: '2026-12-25' }))).toBe('VALIDATION_FAILED');
    const gout = await clinic.doctor.chart.saveProblem({ patientId: ong, condition: 'Gout', onset: '2026' });
    expect(await refusalOf(clinic.doctor.chart.resolveProblem({ status: 'resolved', id: gout.id, version: 1, date: '2025-12-31' }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.doctor.chart.saveHistory({ patientId: ong, surgeries: [{ procedure: 'Appendicectomy', when: '2030' }] }))).toBe('VALIDATION_FAILED');
    const chart = await clinic.doctor.chart.get({ patientId: ong });
    expect([chart.problems.length, chart.medications.length, chart.history]).toEqual([1, 0, null]);
  });

  it('keeps long-term medications, stops one with the date and reason, and gives prescribing only the current ones', async () => {
    const wong = await patient('Wong Kar Mun');
    const warfarin = await clinic.doctor.chart.saveMedication({ patientId: wong, medicineName: 'Warfarin 5 mg', dose: '5 mg', frequency: 'OD', since: '2020-03' });
    const aspirin = await clinic.nurse.chart.saveMedication({ patientId: wong, medicineName: 'Aspirin 100 mg', dose: '100 mg', frequency: 'OD' });
    expect(await refusalOf(clinic.doctor.chart.stopMedication({ status: 'stopped', id: aspirin.id, version: 1, date: '2026-12-05', reason: '' }))).toBe('VALIDATION_FAILED');
    const stopped = await clinic.doctor.chart.stopMedication({ status: 'stopped', id: aspirin.id, version: 1, date: '2026-12-05', reason: 'bleeding risk with warfarin' });
    expect(stopped).toMatchObject({ status: 'stopped', stoppedOn: '2026-12-05', stopReason: 'bleeding risk with warfarin' });
    const open = clinic.testHub.hub.open();
    if (!open) throw new Error('store not open');
    const current = await open.work.run(null, (uow) => open.services.of(chartKey).chart.longTermMedications(uow, wong));
    expect(current.map((m) => [m.id, m.medicineName, m.dose, m.frequency])).toEqual([[warfarin.id, 'Warfarin 5 mg', '5 mg', 'OD']]);
    expect((await clinic.doctor.chart.get({ patientId: wong })).medications.map((m) => m.status)).toEqual(['current', 'stopped']);
    expect(await clinic.admin.audit.list({ action: 'chart.medication.stop', entityId: aspirin.id })).toHaveLength(1);
  });

  it('saves the medical and social history whole, from the version read', async () => {
    const siti = await patient('Siti Nurhaliza');
    const fields = {
      patientId: siti,
      pastIllnesses: [{ condition: 'Dengue fever', when: '2019' }],
      surgeries: [{ procedure: 'Caesarean section', when: '2018-04-02' }],
      familyHistory: [{ condition: 'Breast cancer', relative: 'mother' }],
      social: { smoking: 'current' as const, sticksPerDay: 10, alcohol: 'none' as const, occupation: 'Teacher' },
    };
    const first = await clinic.doctor.chart.saveHistory(fields);
    expect(first).toMatchObject({ version: 1, social: { smoking: 'current', sticksPerDay: 10, packYears: null, alcohol: 'none', occupation: 'Teacher', notes: '' } });
    // A second person who also saw no history yet is told, not allowed to overwrite the first.
    expect(await refusalOf(clinic.nurse.chart.saveHistory({ ...fields, social: { smoking: 'never' } }))).toBe('CONFLICT');
    const second = await clinic.nurse.chart.saveHistory({ ...fields, version: 1, social: { ...fields.social, smoking: 'former', packYears: 5 } });
    expect(await refusalOf(clinic.doctor.chart.saveHistory({ ...fields, version: 1 }))).toBe('CONFLICT');
    const { history } = await clinic.doctor.chart.get({ patientId: siti });
    expect(history).toMatchObject({ version: 2, social: { smoking: 'former', packYears: 5 }, surgeries: [{ procedure: 'Caesarean section', when: '2018-04-02', notes: '' }] });
    expect(second.updatedByName).toBe('siti');
    const saves = await clinic.admin.audit.list({ action: 'chart.history.save', patientId: siti });
    expect(saves.map((entry) => [(entry.before as { social?: unknown } | null)?.social, (entry.after as { social: unknown }).social])).toEqual(
      expect.arrayContaining([[expect.objectContaining({ smoking: 'current' }), expect.objectContaining({ smoking: 'former' })]]),
    );
  });

  it('shows the rows of a duplicate merged into the record, saying which record they came from', async () => {
    const kept = await patient('Chong Wei');
    const duplicate = await patient('Chong Wei (typo)');
    await clinic.doctor.chart.saveProblem({ patientId: kept, condition: 'Hyperlipidaemia', chronic: true });
    await clinic.doctor.chart.saveProblem({ patientId: duplicate, condition: 'Hypothyroidism', chronic: true });
    await clinic.doctor.chart.saveMedication({ patientId: duplicate, medicineName: 'Levothyroxine 50 mcg' });
    await clinic.doctor.chart.saveHistory({ patientId: duplicate, social: { smoking: 'never' } });
    await clinic.admin.patients.merge({ survivorId: kept, mergedId: duplicate });
    const chart = await clinic.doctor.chart.get({ patientId: kept });
    const duplicateMrn = (await clinic.admin.patients.get({ id: duplicate })).mrn;
    expect(chart.problems.map((p) => [p.condition, p.mergedFromMrn])).toEqual([['Hyperlipidaemia', null], ['Hypothyroidism', duplicateMrn]]);
    expect(chart.medications.map((m) => m.mergedFromMrn)).toEqual([duplicateMrn]);
    expect([chart.history, chart.mergedHistories.map((h) => h.social.smoking)]).toEqual([null, ['never']]);
    // New rows go on the record kept, not the merged one.
    expect(await refusalOf(clinic.doctor.chart.saveProblem({ patientId: duplicate, condition: 'Anaemia' }))).toBe('CONFLICT');
  });

  it('records a change only in an open visit of the same patient', async () => {
    const ahmad = await patient('Ahmad Faizal');
    const other = await patient('Other Person');
    const visitId = await openVisit(other);
    expect(await refusalOf(clinic.doctor.chart.saveProblem({ patientId: ahmad, condition: 'Migraine', visitId }))).toBe('VALIDATION_FAILED');
    expect(await refusalOf(clinic.doctor.chart.saveProblem({ patientId: ahmad, condition: 'Migraine', visitId: '0195f7a2-0000-7000-8000-00000000dead' }))).toBe('NOT_FOUND');
    expect((await clinic.doctor.chart.get({ patientId: ahmad })).problems).toEqual([]);
  });

  it('is closed to reception: no reading the chart, no writing to it', async () => {
    const yap = await patient('Yap Siew Ling');
    expect(await refusalOf(clinic.reception.chart.get({ patientId: yap }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.chart.saveProblem({ patientId: yap, condition: 'Hypertension' }))).toBe('FORBIDDEN');
    expect(await refusalOf(clinic.reception.chart.saveHistory({ patientId: yap }))).toBe('FORBIDDEN');
  });

  it('never deletes a chart row, even when asked in the store directly', async () => {
    const lee = await patient('Lee Chong');
    await clinic.doctor.chart.saveProblem({ patientId: lee, condition: 'Eczema' });
    const open = clinic.testHub.hub.open();
    if (!open) throw new Error('store not open');
    await expect(open.work.run(null, (uow) => uow.db.query('DELETE FROM chart_problems WHERE patient_id = ?', [lee]))).rejects.toThrow(/never deleted/);
    expect((await clinic.doctor.chart.get({ patientId: lee })).problems).toHaveLength(1);
  });
});
