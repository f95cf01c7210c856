import type { PanelMembership, SavePanelDraft } from '../../src/shared/schemas/panels';
import { WALK_IN_TIER } from '../../src/shared/schemas/medicines';
import { pharmacyClinic } from './pharmacy-clinic';

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

  /** A finished visit whose fifteen tablets were handed over, for a patient holding the cards given. */
  const panelVisit = async (fullName: string, cards: PanelMembership[]) => {
    const visit = await pharmacy.finishedVisit(fullName, [{ medicineId: paracetamol.id }]);
    const view = await pharmacy.pharmacist.dispensing.open({ visitId: visit.visitId });
    await pharmacy.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: view.lines.map((line) => ({ prescriptionLineId: line.prescriptionLineId, quantity: line.owed })) });
    const patient = await pharmacy.reception.patients.get({ id: visit.patientId });
    await pharmacy.reception.patients.update({ id: patient.id, version: patient.version, fullName: patient.fullName, identityType: patient.identityType, identityNo: patient.identityNo, panels: cards });
    return { ...visit, identityNo: patient.identityNo };
  };
  const setNow = (at: string) => {
    now = new Date(at);
  };
  return { ...pharmacy, paracetamol, panel, shell, card, panelVisit, setNow };
}
