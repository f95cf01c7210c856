import { moduleKey } from '../../api/core/module';
import type { AuditTrail } from './audit-trail';

export interface AuditServices {
  trail: AuditTrail;
}

export const auditKey = moduleKey<AuditServices>('audit');
