import type { PrintRegisterInput } from '../../../shared/schemas/registers';
import { composeDocument, renderPagePdf, type PageContent, type PageDocument } from '../../documents';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ClinicService } from '../clinic';
import type { DangerousDrugs } from './dangerous-drugs';
import { dangerousDrugsPage, registerPage } from './register-pages';
import type { RegistersService } from './registers-service';

/** A register ready to draw: the page document (with the clinic's letterhead) and the file name it is saved under. */
export interface RegisterPrint {
  document: PageDocument;
  fileName: string;
}

/**
 * The registers printed by date range on A4, for the inspector or for copying into a bound book.
 * A print is not an issued document: the register itself is the record, and it is reprinted from
 * the same rows at any time.
 */
export class RegisterPrints {
  constructor(
    private readonly registers: RegistersService,
    private readonly dangerousDrugs: DangerousDrugs,
    private readonly clinic: ClinicService,
  ) {}

  async compose(uow: UnitOfWork, input: PrintRegisterInput): Promise<RegisterPrint> {
    await uow.auditRead({ action: 'register.print', entity: 'register', entityId: null, after: input });
    const document = composeDocument(await this.content(uow, input), await this.clinic.profile(uow), null);
    return { document, fileName: `${input.register}-${input.from}-${input.to}.pdf` };
  }

  private async content(uow: UnitOfWork, input: PrintRegisterInput): Promise<PageContent> {
    if (input.register === 'dangerous-drugs') {
      const report = await this.dangerousDrugs.balance(uow, input);
      return dangerousDrugsPage(report.medicineLabel, report.unit, input, report.balance);
    }
    const entries = input.register === 'prescription-book' ? await this.registers.prescriptionBook(uow, input) : await this.registers.psychotropic(uow, input);
    return registerPage(input.register, input, entries);
  }
}

/** Drawn after the unit of work that read the rows has ended. */
export function renderRegister(print: RegisterPrint): Promise<Buffer> {
  return renderPagePdf(print.document);
}
