import type { PrintRegisterInput } from '../../../shared/schemas/registers';
import { composeDocument, renderPagePdf, type PageDocument } from '../../documents';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ClinicService } from '../clinic';
import { registerPage } from './register-pages';
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
    private readonly clinic: ClinicService,
  ) {}

  async compose(uow: UnitOfWork, input: PrintRegisterInput): Promise<RegisterPrint> {
    const entries = input.register === 'prescription-book' ? await this.registers.prescriptionBook(uow, input) : await this.registers.psychotropic(uow, input);
    await uow.auditRead({ action: 'register.print', entity: 'register', entityId: null, after: { register: input.register, from: input.from, to: input.to, entries: entries.length } });
    const document = composeDocument(registerPage(input.register, input, entries), await this.clinic.profile(uow), null);
    return { document, fileName: `${input.register}-${input.from}-${input.to}.pdf` };
  }
}

/** Drawn after the unit of work that read the rows has ended. */
export function renderRegister(print: RegisterPrint): Promise<Buffer> {
  return renderPagePdf(print.document);
}
