import { In, IsNull } from 'typeorm';
import type { Claim, ClaimStatus } from '../../../shared/schemas/claims';
import { IssuedDocumentEntity } from '../../documents';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { OpenPanelBill } from '../billing';
import type { ConsultationServices } from '../consultation';
import type { PatientDirectory } from '../patients';
import type { ClaimRecord } from './entities';

/** The document kind of an MC (visit-documents' MEDICAL_CERTIFICATE): its leave is what a claim reports. */
const MEDICAL_CERTIFICATE = 'medical-certificate';

/**
 * A panel bill as its claim: what panels ask of each visit, read where the clinic keeps it — the
 * member card from the panel bill, the doctor and diagnoses from the signed consultation, the MC's
 * days of leave from the documents issued in the visit (cancelled ones left out), the items and
 * the split from the panel bill — with what the panel has paid, kept back or rejected so far.
 */
export class ClaimReader {
  constructor(
    private readonly encounters: ConsultationServices['encounters'],
    private readonly patients: PatientDirectory,
  ) {}

  async read(uow: UnitOfWork, bills: readonly OpenPanelBill[], claims: ReadonlyMap<string, ClaimRecord>): Promise<Claim[]> {
    const leave = await this.mcDaysOf(uow, bills.map((bill) => bill.visitId));
    const result: Claim[] = [];
    for (const bill of bills) {
      const { encounter } = await this.encounters.forVisit(uow, bill.visitId);
      const patient = await this.patients.identityOf(uow, bill.patientId);
      const claim = claims.get(bill.invoiceId) ?? null;
      const settled = claim ? claim.paidSen + claim.deductedSen + claim.rejectedSen : 0;
      result.push({
        id: claim?.id ?? null,
        invoiceId: bill.invoiceId,
        invoiceNumber: bill.number,
        clinicDate: bill.clinicDate,
        patientName: patient.fullName,
        identityNo: patient.identityNo,
        memberNo: bill.memberNo,
        relationship: bill.relationship,
        doctorName: encounter?.doctorName ?? null,
        diagnoses: (encounter?.diagnoses ?? []).map((diagnosis) => ({ code: diagnosis.code, description: diagnosis.description })),
        mcDays: leave.get(bill.visitId) ?? null,
        items: bill.lines,
        billTotalSen: bill.billTotalSen,
        coveredSen: bill.coveredSen,
        patientSen: bill.patientSen,
        paidSen: claim?.paidSen ?? 0,
        deductedSen: claim?.deductedSen ?? 0,
        rejectedSen: claim?.rejectedSen ?? 0,
        rejectReason: claim?.rejectReason ?? null,
        outstandingSen: bill.coveredSen - settled,
        status: (claim?.status ?? 'unclaimed') satisfies ClaimStatus,
      });
    }
    return result;
  }

  private async mcDaysOf(uow: UnitOfWork, visitIds: readonly string[]): Promise<Map<string, number>> {
    const days = new Map<string, number>();
    if (visitIds.length === 0) return days;
    const mcs = await uow.db.getRepository(IssuedDocumentEntity).findBy({ visitId: In([...new Set(visitIds)]), kind: MEDICAL_CERTIFICATE, cancelledAt: IsNull() });
    for (const mc of mcs) if (mc.visitId && mc.leave) days.set(mc.visitId, (days.get(mc.visitId) ?? 0) + mc.leave.days);
    return days;
  }
}
