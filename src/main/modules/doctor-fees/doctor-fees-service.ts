import { INVOICE_LINE_KINDS } from '../../../shared/schemas/billing';
import { doctorFeeRuleSchema, doctorFeeStatementInputSchema, type DoctorFeeRule, type DoctorFeeRuleInput, type DoctorFeeStatement, type DoctorFeeStatementInput } from '../../../shared/schemas/doctor-fees';
import { AppError } from '../../errors/app-error';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { IssuedLines } from '../billing';
import type { ConsultationServices } from '../consultation';
import type { UsersService } from '../users';
import { doctorFeeStatement } from './doctor-fee-statement';
import { DoctorFeeRuleEntity, type DoctorFeeRuleRecord } from './entities';

const NO_SHARE = Object.fromEntries(INVOICE_LINE_KINDS.map((kind) => [kind, 0])) as DoctorFeeRuleInput['shareBp'];

/** Doctors' fees: each doctor's rule, and the statement of what their visits earned them in a period. */
export class DoctorFeesService {
  constructor(
    private readonly users: UsersService,
    private readonly encounters: ConsultationServices['encounters'],
    private readonly issued: IssuedLines,
  ) {}

  /** Every doctor with their rule (none yet: nothing fixed, no share). */
  async rules(uow: UnitOfWork): Promise<DoctorFeeRule[]> {
    const doctors = (await this.users.list(uow)).filter((user) => user.roles.includes('doctor'));
    const records = new Map((await uow.db.getRepository(DoctorFeeRuleEntity).find()).map((record) => [record.doctorId, record]));
    return doctors.map((doctor) => {
      const record = records.get(doctor.id);
      return { ...(record ? toRule(record) : { doctorId: doctor.id, fixedPerVisitSen: 0, shareBp: NO_SHARE }), doctorName: doctor.displayName, updatedAt: record?.updatedAt ?? null };
    });
  }

  async saveRule(uow: UnitOfWork, raw: DoctorFeeRuleInput): Promise<DoctorFeeRule> {
    const input = doctorFeeRuleSchema.parse(raw);
    const doctor = await this.users.get(uow, input.doctorId);
    if (!doctor.roles.includes('doctor')) throw new AppError('VALIDATION_FAILED', { field: 'doctorId', fields: ['doctorId'] });
    const repository = uow.db.getRepository(DoctorFeeRuleEntity);
    const before = await repository.findOneBy({ doctorId: input.doctorId });
    const record: DoctorFeeRuleRecord = { doctorId: input.doctorId, fixedPerVisitSen: input.fixedPerVisitSen, shareJson: JSON.stringify(input.shareBp), updatedAt: uow.now.toISOString(), updatedBy: uow.actor?.userId ?? null };
    await repository.save(record);
    await uow.audit({
      action: before ? 'doctorFee.update' : 'doctorFee.create',
      entity: 'doctorFee',
      entityId: input.doctorId,
      before: before ? { fixedPerVisitSen: before.fixedPerVisitSen, shareBp: JSON.parse(before.shareJson) as unknown } : null,
      after: { doctor: doctor.displayName, fixedPerVisitSen: input.fixedPerVisitSen, shareBp: input.shareBp },
    });
    return { ...input, doctorName: doctor.displayName, updatedAt: record.updatedAt };
  }

  /** What the doctor's visits earned them between two clinic dates, by the rule they have now. */
  async statement(uow: UnitOfWork, raw: DoctorFeeStatementInput): Promise<DoctorFeeStatement> {
    const input = doctorFeeStatementInputSchema.parse(raw);
    const rule = (await this.rules(uow)).find((candidate) => candidate.doctorId === input.doctorId);
    if (!rule) throw new AppError('NOT_FOUND', { entity: 'doctor', id: input.doctorId });
    const lines = await this.issued.between(uow, input.from, input.to);
    const doctors = await this.encounters.doctorsOf(uow, lines.flatMap((line) => (line.visitId ? [line.visitId] : [])));
    const theirs = lines.filter((line) => line.visitId && doctors.get(line.visitId) === input.doctorId);
    const { doctorName, updatedAt: _updatedAt, ...ruleInput } = rule;
    return { ...doctorFeeStatement(ruleInput, theirs), doctorName, from: input.from, to: input.to };
  }
}

function toRule(record: DoctorFeeRuleRecord): DoctorFeeRuleInput {
  return { doctorId: record.doctorId, fixedPerVisitSen: record.fixedPerVisitSen, shareBp: { ...NO_SHARE, ...(JSON.parse(record.shareJson) as Partial<DoctorFeeRuleInput['shareBp']>) } };
}
