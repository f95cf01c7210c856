import { moduleKey } from '../../api/core/module';
import type { ClinicService } from './clinic-service';
import type { ReceiptPrinter } from './receipt-printer';

export interface ClinicServices {
  clinic: ClinicService;
  receiptPrinter: ReceiptPrinter;
}

export const clinicKey = moduleKey<ClinicServices>('clinic');
