import type { PanelMembership, SavePanelDraft } from '../../src/shared/schemas/panels';
import { WALK_IN_TIER } from '../../src/shared/schemas/medicines';
import { pharmacyClinic } from './pharmacy-clinic';
import { unlockAfterClockMove } from './test-hub';

/**
 * The counter of A DAY AT THE CLINIC: Dr Lim's consultation is RM 35 and fifteen paracetamol
 * tablets RM 28.50 (RM 1.90 each), and Mr Tan's company, Shell, pays up to RM 50 a visit. The
 * clock is the test's to move (`setNow`), for claim deadlines and aging.
 */
export async function panelClinic(startAt: string) {
  let now = new Date(startAt);
  const pharmacy = await pharmacyClinic({ clock: () => now });
  const paracetamol = await pharmacy.medicine('PCM500');
  await pharmacy.receive(paracetamol.id, 'P-1', '2028-06-30', 5000);
  const listed = (await pharmacy.admin.medicines.list({ includeRetired: false })).find((medicine) => medicine.id === paracetamol.id);
  if (!listed) throw new Error('PCM500 not listed');
  await pharmacy.admin.medicines.save({ ...listed, prices: [{ tier: WALK_IN_TIER, priceSen: 190 }] });
  const panel = (draft: SavePanelDraft) => pharmacy.admin.panels.save(draft);
  const shell = await panel({ code: 'SHELL', name: 'Shell Malaysia', kind: 'corporate', active: true, capPerVisitSen: 5000 });
  const card = (panelId: string, memberNo: string, more: Partial<PanelMembership> = {}): PanelMembership => ({ panelId, memberNo, relationship: 'self', validFrom: '2026-01-01', validTo: '2027-12-31', ...more });

  let serial = 5100;
  /**
   * A visit of a patient holding the cards given: Dr Lim diagnoses an upper respiratory infection,
   * prescribes fifteen tablets (with an MC of `mcDays` if asked) and finishes; the tablets are handed over.
   */
  const panelVisit = async (fullName: string, cards: PanelMembership[], options: { mcDays?: number } = {}) => {
    serial += 1;
    const { reception, doctor, pharmacist, rooms } = pharmacy;
    const patient = await reception.patients.register({ fullName, identityType: 'mykad', identityNo: `800202-14-${serial}`, panels: cards });
    const { visitId, ticketNo } = await reception.queue.checkIn({ patientId: patient.id, roomId: rooms.one.id, chiefComplaint: 'fever', priority: 'normal' });
    await doctor.queue.callNext({ roomId: rooms.one.id });
    await doctor.prescriptions.addLine({ visitId, line: { medicineId: paracetamol.id, doseValue: 1, doseUnit: 'tablet', frequency: 'TDS', durationDays: 5, route: 'oral', timing: 'afterFood', dispensing: 'in-house', quantity: null } });
    const note = await doctor.consultation.saveNote({ visitId, version: 0, note: { subjective: 'Fever', objective: '', assessment: 'URTI', plan: 'Medicines' } });
    const coded = await doctor.consultation.saveDiagnoses({ visitId, version: note.version, diagnoses: [{ code: 'J06.9', primary: true }] });
    if (options.mcDays) {
      const from = now.toISOString().slice(0, 10);
      const to = new Date(Date.parse(`${from}T00:00:00Z`) + (options.mcDays - 1) * 86_400_000).toISOString().slice(0, 10);
      await doctor.visitDocuments.issueMedicalCertificate({ visitId, days: options.mcDays, from, to, diagnosis: null, showDiagnosis: false, remarks: '' });
    }
    await doctor.consultation.finish({ visitId, version: coded.version });
    const view = await pharmacist.dispensing.open({ visitId });
    await pharmacist.dispensing.dispense({ visitId, lines: view.lines.map((line) => ({ prescriptionLineId: line.prescriptionLineId, quantity: line.owed })) });
    return { visitId, ticketNo, patientId: patient.id, identityNo: patient.identityNo };
  };
  /** Moves the clock; everyone's screen locked by the idle time unlocks again. */
  const setNow = async (at: string) => {
    now = new Date(at);
    await unlockAfterClockMove(pharmacy.admin, pharmacy.reception);
    await unlockAfterClockMove(pharmacy.admin, pharmacy.doctor);
    await unlockAfterClockMove(pharmacy.admin, pharmacy.pharmacist);
  };
  return { ...pharmacy, paracetamol, panel, shell, card, panelVisit, setNow };
}
