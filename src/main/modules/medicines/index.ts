import { defineModule } from '../../api/core/module';
import { panelsKey } from '../panels';
import { InteractionPairEntity, MedicineBarcodeEntity, MedicineEntity, MedicinePriceEntity } from './entities';
import { InteractionPairsService } from './interaction-pairs-service';
import { medicinesKey } from './key';
import { MedicineImport } from './medicine-import';
import { MedicinesService } from './medicines-service';
import { interactionsRouter, medicinesRouter } from './router';
import { STARTER_INTERACTION_PAIRS, STARTER_MEDICINES } from './starter-list';

export { medicinesKey, type MedicinesServices } from './key';
export type { MedicinesService } from './medicines-service';
export type { InteractionPairsService } from './interaction-pairs-service';

/** The medicines a doctor prescribes from and the pharmacy stocks and sells (with consumables), kept in Setup and importable from CSV, and the clinic's own interaction pairs. */
export const medicinesModule = defineModule({
  key: medicinesKey,
  needs: { panels: panelsKey },
  entities: [MedicineEntity, MedicineBarcodeEntity, MedicinePriceEntity, InteractionPairEntity],
  build: ({ panels }) => {
    const medicines = new MedicinesService(panels.panels);
    return { medicines, medicineImport: new MedicineImport(medicines), interactionPairs: new InteractionPairsService() };
  },
  routes: { medicines: medicinesRouter, interactions: interactionsRouter },
  seed: async (uow, { medicines, interactionPairs }) => {
    for (const medicine of STARTER_MEDICINES) await medicines.save(uow, medicine);
    for (const pair of STARTER_INTERACTION_PAIRS) await interactionPairs.save(uow, pair);
  },
});
