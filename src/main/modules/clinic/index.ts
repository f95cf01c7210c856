import { defineModule } from '../../api/core/module';
import { openPrinter } from '../../devices/printer';
import { ClinicService } from './clinic-service';
import { clinicKey } from './key';
import { ReceiptPrinter } from './receipt-printer';
import { clinicRouter } from './router';
import { printerSettings, profileSettings, securitySettings } from './settings';

export { clinicKey, type ClinicServices } from './key';
export type { ClinicService } from './clinic-service';
export type { PrintJob, ReceiptPrinter } from './receipt-printer';
export { printerSettings, profileSettings, securitySettings } from './settings';

/** The clinic itself: its profile, screen-lock and receipt-printer settings, and the receipt printer. */
export const clinicModule = defineModule({
  key: clinicKey,
  needs: {},
  entities: [],
  build: (_needs, platform) => {
    const clinic = new ClinicService(platform.settings);
    return { clinic, receiptPrinter: new ReceiptPrinter(clinic, (settings) => openPrinter(settings)) };
  },
  routes: { clinic: clinicRouter },
  settings: { profile: profileSettings, security: securitySettings, printer: printerSettings },
});
