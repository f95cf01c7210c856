import { moduleKey } from '../../api/core/module';
import type { ClaimPapers } from './claim-papers';
import type { ClaimsService } from './claims-service';

export interface ClaimsServices {
  claims: ClaimsService;
  papers: ClaimPapers;
}

export const claimsKey = moduleKey<ClaimsServices>('claims');
