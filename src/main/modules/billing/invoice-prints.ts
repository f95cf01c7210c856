import { countAudited } from '../../audit/audit-count';
import { composeDocument, renderPagePdf } from '../../documents';
import type { SettingsStore } from '../../settings/settings-store';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { ClinicService } from '../clinic';
import type { PatientDirectory } from '../patients';
import { clinicTaxNumbers } from './clinic-tax-numbers';
import type { InvoicesService } from './invoices-service';
import { taxInvoicePage, type PaperSize } from './tax-invoice';

/**
 * The invoice as a tax invoice on the office printer (A4 or A5), drawn from the invoice as it
 * stands: an issued invoice never changes, only what was paid against it. Every print is audited
 * and counted, and a reprint is marked as a copy on every page.
 */
export class InvoicePrints {
  constructor(
    private readonly invoices: InvoicesService,
    private readonly clinic: ClinicService,
    private readonly patients: PatientDirectory,
    private readonly settings: SettingsStore,
  ) {}

  async pdf(uow: UnitOfWork, input: { invoiceId: string; paper: PaperSize }): Promise<{ fileName: string; pdfBase64: string; printNo: number }> {
    const invoice = await this.invoices.get(uow, input.invoiceId);
    const profile = await this.clinic.profile(uow);
    const content = taxInvoicePage({
      clinic: profile,
      numbers: await clinicTaxNumbers(this.settings, uow),
      invoice,
      patient: invoice.patientId ? await this.patients.identityOf(uow, invoice.patientId) : null,
      issuedTime: uow.clock.timeOf(invoice.issuedAt),
      paper: input.paper,
    });
    const printNo = (await countAudited(uow.db, 'invoice.print', invoice.id)) + 1;
    const pdf = await renderPagePdf(composeDocument(content, profile, null), printNo > 1 ? { copy: printNo - 1 } : {});
    await uow.audit({ action: 'invoice.print', entity: 'invoice', entityId: invoice.id, after: { number: invoice.number, patientId: invoice.patientId, portion: invoice.portion, paper: input.paper, printNo } });
    return { fileName: `${invoice.number}${printNo > 1 ? `-copy-${printNo - 1}` : ''}.pdf`, pdfBase64: pdf.toString('base64'), printNo };
  }
}
