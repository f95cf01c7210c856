import { defineModule } from '../../api/core/module';
import { clinicKey } from '../clinic';
import { medicinesKey } from '../medicines';
import { patientsKey } from '../patients';
import { prescriptionsKey } from '../prescriptions';
import { queueKey } from '../queue';
import { registersKey } from '../registers';
import { roomsKey } from '../rooms';
import { stockKey } from '../stock';
import { usersKey } from '../users';
import { ChargeLines } from './charge-lines';
import { DispensaryView } from './dispensary-view';
import { DispensaryPrints } from './dispensary-prints';
import { DispensingService } from './dispensing-service';
import { ChargeLineEntity, DispensedLineEntity, DispensingEntity } from './entities';
import { HandOn } from './hand-on';
import { dispensingKey } from './key';
import { DISPENSING_PATIENT_RECORDS } from './patient-records';
import { DispensedSoFar } from './owed';
import { dispensingRouter } from './router';

export { dispensingKey, type DispensingServices } from './key';
export type { DispensingService } from './dispensing-service';
export type { ChargeLines } from './charge-lines';
export type { ChargeLineRecord } from './entities';

/**
 * The dispensary: finished visits' prescriptions handed over from stock (earliest expiry first),
 * over-the-counter sales, the Prescription Book entries they write, labels, and the charge lines
 * billing turns into invoices.
 */
export const dispensingModule = defineModule({
  key: dispensingKey,
  needs: { prescriptions: prescriptionsKey, medicines: medicinesKey, stock: stockKey, registers: registersKey, patients: patientsKey, users: usersKey, queue: queueKey, rooms: roomsKey, clinic: clinicKey },
  entities: [DispensingEntity, DispensedLineEntity, ChargeLineEntity],
  patientRecords: DISPENSING_PATIENT_RECORDS,
  build: ({ prescriptions, medicines, stock, registers, patients, users, queue, rooms, clinic }) => {
    const dispensed = new DispensedSoFar();
    return {
      dispensing: new DispensingService(prescriptions.prescriptions, medicines.medicines, stock.stock, registers.registers, patients.directory, users.users, new HandOn(queue.queue, rooms.rooms), dispensed),
      dispensary: new DispensaryView(prescriptions.prescriptions, medicines.medicines, stock.stock, patients.directory, users.users, dispensed),
      charges: new ChargeLines(),
      prints: new DispensaryPrints(prescriptions.prescriptions, prescriptions.prescriptionPrints, patients.directory, clinic.clinic, clinic.receiptPrinter, dispensed),
    };
  },
  routes: { dispensing: dispensingRouter },
});
