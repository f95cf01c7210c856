import { stockKey } from '../../src/main/modules/stock';
import { clinicWithReceptionist, userWithRoles } from './test-hub';

type Severity = 'mild' | 'moderate' | 'severe';

/**
 * A set-up clinic with a consultation room, a dispensary and (unless told otherwise) a cashier's counter and Farah's till open; Dr Lim (MMC
 * 45678), pharmacist Siti and receptionist Farah; and a way to make a finished visit whose
 * prescription waits at the dispensary. For the dispensary's and the counter's tests.
 */
export async function pharmacyClinic(options: Parameters<typeof clinicWithReceptionist>[0] & { withoutCounter?: boolean; withoutTill?: boolean } = {}) {
  const { withoutCounter, withoutTill, ...hubOptions } = options;
  const { testHub, admin, reception } = await clinicWithReceptionist(hubOptions);
  const open = testHub.hub.open();
  if (!open) throw new Error('store not open');
  const room = (code: string, name: string, kind: 'consultation' | 'pharmacy' | 'payment', ticketPrefix: string) => admin.rooms.save({ code, name, kind, ticketPrefix, active: true });
  const rooms = { one: await room('1', 'Bilik 1', 'consultation', 'A'), pharmacy: await room('RX', 'Farmasi', 'pharmacy', 'F'), pay: withoutCounter ? null : await room('PAY', 'Bayaran', 'payment', 'C') };
  const doctor = (await userWithRoles(testHub, admin, 'dr.lim', ['doctor'])).caller;
  // A printed prescription names the prescriber's MMC number.
  const lim = (await admin.users.list()).find((user) => user.username === 'dr.lim');
  if (!lim) throw new Error('no dr.lim');
  await admin.users.update({ id: lim.id, displayName: lim.displayName, roles: lim.roles, mmcNo: '45678' });
  const pharmacist = (await userWithRoles(testHub, admin, 'siti', ['pharmacist'])).caller;
  const medicine = async (query: string) => {
    const [found] = await doctor.medicines.search({ query });
    if (!found) throw new Error(`no starter medicine ${query}`);
    return found;
  };
  const receive = (medicineId: string, batchNo: string, expiryDate: string, quantity: number, unitCostSen = 10) =>
    open.work.run(null, (uow) => open.services.of(stockKey).stock.receive(uow, { medicineId, batchNo, expiryDate, quantity, unitCostSen, reference: { kind: 'opening-stock', id: null, label: null } }));
  const onHand = async (medicineId: string) => (await open.work.run(null, (uow) => open.services.of(stockKey).stock.batches(uow, medicineId))).map((batch) => [batch.batchNo, batch.onHand]);
  let serial = 8100;
  /** A finished visit with the lines given, its ticket handed to the dispensary; a MyKad holder unless a passport is given. */
  const finishedVisit = async (fullName: string, lines: { medicineId: string; quantity?: number; doseUnit?: string }[], allergies: { allergen: string; reaction: string; severity: Severity }[] = [], passportNo?: string) => {
    serial += 1;
    const identity = passportNo ? { identityType: 'passport' as const, identityNo: passportNo, nationality: 'IDN' } : { identityType: 'mykad' as const, identityNo: `710101-10-${serial}` };
    const patient = await reception.patients.register({ fullName, ...identity, phones: [], address: '', postcode: '', allergies });
    const checkIn = await reception.queue.checkIn({ patientId: patient.id, roomId: rooms.one.id, chiefComplaint: 'fever', priority: 'normal' });
    await doctor.queue.callNext({ roomId: rooms.one.id });
    for (const line of lines) {
      await doctor.prescriptions.addLine({
        visitId: checkIn.visitId,
        line: { medicineId: line.medicineId, doseValue: 1, doseUnit: (line.doseUnit ?? 'tablet') as 'tablet', frequency: 'TDS', durationDays: 5, route: 'oral', timing: 'afterFood', dispensing: 'in-house', quantity: line.quantity ?? null },
      });
    }
    const draft = await doctor.consultation.saveNote({ visitId: checkIn.visitId, version: 0, note: { subjective: 'Fever', objective: '', assessment: 'Viral fever', plan: 'Medicines' } });
    await doctor.consultation.finish({ visitId: checkIn.visitId, version: draft.version });
    return { ...checkIn, patientId: patient.id };
  };
  // Farah opens her till with RM 100 in the drawer, as the counter does before taking money.
  if (!withoutTill) await reception.till.openSession({ floatSen: 10_000 });
  return { testHub, open, admin, reception, doctor, pharmacist, rooms, medicine, receive, onHand, finishedVisit };
}
