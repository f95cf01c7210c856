import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../../tests/support/clinic-for-tests';
import { pharmacyClinic } from '../../../../tests/support/pharmacy-clinic';

// A small clinic: the dispensary is the last stop, there is no cashier's counter.
const clinic = clinicForTests(() => pharmacyClinic({ withoutCounter: true }));

describe('the ticket after the dispensary', () => {
  it('ends the visit when the dispensary is the last stop, even when the pharmacist did not call the ticket', async () => {
    const paracetamol = await clinic.medicine('PCM500');
    await clinic.receive(paracetamol.id, 'B-1', '2029-01-31', 100);
    const visit = await clinic.finishedVisit('Tan Ah Kow', [{ medicineId: paracetamol.id }]);
    const view = await clinic.pharmacist.dispensing.open({ visitId: visit.visitId });
    const result = await clinic.pharmacist.dispensing.dispense({ visitId: visit.visitId, lines: view.lines.map((line) => ({ prescriptionLineId: line.prescriptionLineId, quantity: line.owed })) });
    expect(result.handedTo).toBeNull();
    expect((await clinic.pharmacist.queue.list({ roomId: clinic.rooms.pharmacy.id })).waiting).toEqual([]);
    const [history] = (await clinic.reception.queue.visitsForPatient({ patientId: visit.patientId, limit: 5 })).visits;
    expect(history.status).toBe('done');
  });
});
