import { EntitySchema } from 'typeorm';
import type { CashierSession, DayReport } from '../../../shared/schemas/till';

/** A cashier's session row: the API's session without what is computed from the payments. */
export interface CashierSessionRecord extends Pick<CashierSession, 'id' | 'userId' | 'clinicDate' | 'status' | 'floatSen' | 'openedAt' | 'closedAt' | 'countedCashSen' | 'varianceReason'> {
  expectedCashSen: number | null;
  /** The drawer count as JSON (CashCount), once closed. */
  countJson: string | null;
}

export const CashierSessionEntity = new EntitySchema<CashierSessionRecord>({
  name: 'CashierSession',
  tableName: 'cashier_sessions',
  columns: {
    id: { type: 'text', primary: true },
    userId: { type: 'text', name: 'user_id' },
    clinicDate: { type: 'text', name: 'clinic_date' },
    status: { type: 'text' },
    floatSen: { type: 'integer', name: 'float_sen' },
    openedAt: { type: 'text', name: 'opened_at' },
    closedAt: { type: 'text', name: 'closed_at', nullable: true },
    expectedCashSen: { type: 'integer', name: 'expected_cash_sen', nullable: true },
    countedCashSen: { type: 'integer', name: 'counted_cash_sen', nullable: true },
    countJson: { type: 'text', name: 'count_json', nullable: true },
    varianceReason: { type: 'text', name: 'variance_reason', nullable: true },
  },
});

export interface ClinicDayRecord {
  clinicDate: string;
  zNo: string;
  closedAt: string;
  closedBy: string | null;
  /** The Z report as it was when the day closed (DayReport as JSON): a reprint says exactly that. */
  reportJson: string;
}

export const ClinicDayEntity = new EntitySchema<ClinicDayRecord>({
  name: 'ClinicDay',
  tableName: 'clinic_days',
  columns: {
    clinicDate: { type: 'text', primary: true, name: 'clinic_date' },
    zNo: { type: 'text', name: 'z_no' },
    closedAt: { type: 'text', name: 'closed_at' },
    closedBy: { type: 'text', name: 'closed_by', nullable: true },
    reportJson: { type: 'text', name: 'report_json' },
  },
});

export function reportOf(record: ClinicDayRecord): DayReport {
  return JSON.parse(record.reportJson) as DayReport;
}
