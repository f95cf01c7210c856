import { EntitySchema } from 'typeorm';
import type { LedgerAccount, LedgerSourceKind } from '../../../shared/schemas/ledger';

export const LedgerAccountEntity = new EntitySchema<LedgerAccount>({
  name: 'LedgerAccount',
  tableName: 'ledger_accounts',
  columns: {
    code: { type: 'text', primary: true },
    name: { type: 'text' },
    type: { type: 'text' },
    active: { type: 'boolean' },
  },
});

export interface LedgerEntryRecord {
  id: string;
  clinicDate: string;
  postedAt: string;
  postedBy: string | null;
  sourceKind: LedgerSourceKind;
  sourceId: string;
  memo: string;
  totalSen: number;
  reversesId: string | null;
}

export const LedgerEntryEntity = new EntitySchema<LedgerEntryRecord>({
  name: 'LedgerEntry',
  tableName: 'ledger_entries',
  columns: {
    id: { type: 'text', primary: true },
    clinicDate: { type: 'text', name: 'clinic_date' },
    postedAt: { type: 'text', name: 'posted_at' },
    postedBy: { type: 'text', name: 'posted_by', nullable: true },
    sourceKind: { type: 'text', name: 'source_kind' },
    sourceId: { type: 'text', name: 'source_id' },
    memo: { type: 'text' },
    totalSen: { type: 'integer', name: 'total_sen' },
    reversesId: { type: 'text', name: 'reverses_id', nullable: true },
  },
});

export interface LedgerLineRecord {
  id: string;
  entryId: string;
  position: number;
  accountCode: string;
  debitSen: number;
  creditSen: number;
}

export const LedgerLineEntity = new EntitySchema<LedgerLineRecord>({
  name: 'LedgerLine',
  tableName: 'ledger_lines',
  columns: {
    id: { type: 'text', primary: true },
    entryId: { type: 'text', name: 'entry_id' },
    position: { type: 'integer' },
    accountCode: { type: 'text', name: 'account_code' },
    debitSen: { type: 'integer', name: 'debit_sen' },
    creditSen: { type: 'integer', name: 'credit_sen' },
  },
});
