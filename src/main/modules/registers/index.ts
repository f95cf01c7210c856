import { defineModule } from '../../api/core/module';
import { clinicKey } from '../clinic';
import { medicinesKey } from '../medicines';
import { stockKey } from '../stock';
import { DangerousDrugs } from './dangerous-drugs';
import { PrescriptionBookEntryEntity, PsychotropicEntryEntity } from './entities';
import { registersKey } from './key';
import { RegisterPrints } from './register-prints';
import { RegistersService } from './registers-service';
import { registersRouter } from './router';

export { registersKey, type RegistersServices } from './key';
export type { RegistersService } from './registers-service';
export { dangerousDrugBalance, type BalanceMovement } from './dangerous-drug-balance';

/** The registers the Poisons Act 1952 asks for: the Prescription Book, the psychotropic register, the dangerous drugs' balances. */
export const registersModule = defineModule({
  key: registersKey,
  needs: { clinic: clinicKey, stock: stockKey, medicines: medicinesKey },
  entities: [PrescriptionBookEntryEntity, PsychotropicEntryEntity],
  build: ({ clinic, stock, medicines }) => {
    const registers = new RegistersService();
    const dangerousDrugs = new DangerousDrugs(stock.stock, medicines.medicines);
    return { registers, dangerousDrugs, registerPrints: new RegisterPrints(registers, dangerousDrugs, clinic.clinic) };
  },
  routes: { registers: registersRouter },
});
