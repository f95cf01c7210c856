import { moduleKey } from '../../api/core/module';
import type { InteractionPairsService } from './interaction-pairs-service';
import type { MedicineImport } from './medicine-import';
import type { MedicinesService } from './medicines-service';

export interface MedicinesServices {
  medicines: MedicinesService;
  medicineImport: MedicineImport;
  interactionPairs: InteractionPairsService;
}

export const medicinesKey = moduleKey<MedicinesServices>('medicines');
