import { composeDocument, type ClinicProfileSource, type PageDocument } from '../../documents';
import type { UnitOfWork } from '../../work/unit-of-work';
import type { PanelsService } from '../panels';
import type { ClaimsService } from './claims-service';
import { claimStatementCsv, claimStatementPage } from './claim-statement';

/**
 * A batch's statement as the panel receives it: a PDF on the clinic's letterhead, or CSV for its
 * portal. It lists patients' diagnoses, so every export is audited.
 */
export class ClaimPapers {
  constructor(
    private readonly clinic: ClinicProfileSource,
    private readonly claims: ClaimsService,
    private readonly panels: PanelsService,
  ) {}

  /** The statement as a page document, drawn to PDF once the unit of work has committed. */
  async statement(uow: UnitOfWork, batchId: string): Promise<{ fileName: string; document: PageDocument }> {
    const { batch, panel } = await this.exported(uow, batchId, 'pdf');
    return { fileName: `${batch.number}.pdf`, document: composeDocument(claimStatementPage(batch, panel), await this.clinic.profile(uow), null) };
  }

  async csv(uow: UnitOfWork, batchId: string): Promise<{ fileName: string; csv: string }> {
    const { batch, panel } = await this.exported(uow, batchId, 'csv');
    return { fileName: `${batch.number}.csv`, csv: claimStatementCsv(batch, panel) };
  }

  private async exported(uow: UnitOfWork, batchId: string, format: 'pdf' | 'csv') {
    const batch = await this.claims.batch(uow, batchId);
    const panel = await this.panels.get(uow, batch.panelId);
    await uow.audit({ action: 'claimBatch.export', entity: 'claim', entityId: batch.id, after: { number: batch.number, panel: panel.code, format } });
    return { batch, panel };
  }
}
