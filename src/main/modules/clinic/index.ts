import { defineModule } from '../../api/core/module';
import { openPrinter } from '../../devices/printer';
import { ClinicService } from './clinic-service';
import { ClinicSettingsEntity } from './entities';
import { clinicKey } from './key';
import { ReceiptPrinter } from './receipt-printer';
import { clinicRouter } from './router';

export { clinicKey, type ClinicServices } from './key';
export type { ClinicService } from './clinic-service';
export type { PrintJob, ReceiptPrinter } from './receipt-printer';

/** The clinic's own settings (profile, security, backups, display, receipt printer) and its receipt printer. */
export const clinicModule = defineModule({
  key: clinicKey,
  needs: {},
  entities: [ClinicSettingsEntity],
  build: (_needs, platform) => {
    const clinic = new ClinicService(platform.zone);
    return { clinic, receiptPrinter: new ReceiptPrinter(clinic, (settings) => openPrinter(settings)) };
  },
  routes: { clinic: clinicRouter },
});
