import { defineModule } from '../../api/core/module';
import { clinicKey } from '../clinic';
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
  needs: { clinic: clinicKey },
  entities: [PrescriptionBookEntryEntity, PsychotropicEntryEntity],
  build: ({ clinic }) => {
    const registers = new RegistersService();
    return { registers, registerPrints: new RegisterPrints(registers, clinic.clinic) };
  },
  routes: { registers: registersRouter },
});
