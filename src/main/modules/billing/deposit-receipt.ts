import type { ClinicProfile } from '../../../shared/schemas/clinic';
import { ringgit } from '../../../shared/ringgit';
import { dayMonthYear, type DocumentLayout, type LayoutBlock } from '../../documents';
import type { DepositMovementRecord } from './deposit-entity';
import { METHOD_WORDS } from './receipt';

export interface DepositReceiptFacts {
  clinic: Pick<ClinicProfile, 'name' | 'address' | 'phone'>;
  deposit: DepositMovementRecord;
  patientName: string;
  /** What the deposit holds now, this one included. */
  balanceSen: number;
  at: { date: string; time: string };
  printNo: number;
}

/** The receipt for a deposit, Malay and English like a payment's: what was left on account, how, and what the deposit holds now. */
export function depositReceiptLayout(facts: DepositReceiptFacts): DocumentLayout {
  const { clinic, deposit } = facts;
  const line = (left: string, sen: number, bold = false): LayoutBlock => ({ kind: 'columns', left, right: ringgit(sen), bold });
  return {
    title: `Resit deposit / Deposit receipt ${deposit.receiptNo ?? ''}`,
    blocks: [
      { kind: 'text', text: clinic.name, size: 'large', bold: true, align: 'center' },
      ...clinic.address.split(/\r?\n/).map((part): LayoutBlock => ({ kind: 'text', text: part.trim(), align: 'center' })),
      { kind: 'text', text: `Tel ${clinic.phone}`, align: 'center' },
      { kind: 'rule' },
      ...(facts.printNo > 1 ? [{ kind: 'text', text: `SALINAN / COPY ${facts.printNo}`, bold: true, align: 'center' } as LayoutBlock] : []),
      { kind: 'text', text: `RESIT DEPOSIT / DEPOSIT RECEIPT ${deposit.receiptNo ?? ''}`, bold: true },
      { kind: 'text', text: `${dayMonthYear(facts.at.date)} ${facts.at.time}` },
      { kind: 'text', text: facts.patientName },
      { kind: 'rule' },
      line(`${METHOD_WORDS[deposit.method]}${deposit.reference ? ` ${deposit.reference}` : ''}`, deposit.amountSen, true),
      line('Baki deposit / Deposit held', facts.balanceSen),
      { kind: 'space' },
      { kind: 'text', text: 'Digunakan untuk bil akan datang / Kept for your later bills', align: 'center' },
    ],
  };
}
