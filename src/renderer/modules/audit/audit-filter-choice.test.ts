import { describe, expect, it } from 'vitest';
import { listInputOf, NO_AUDIT_FILTERS } from './audit-filter-choice';

describe("the audit filters as the hub's list input", () => {
  it("takes whole days on the clinic's clock, whatever this PC's zone", () => {
    const input = listInputOf({ ...NO_AUDIT_FILTERS, from: '2026-12-01', to: '2026-12-04' }, 'Asia/Kuala_Lumpur');
    expect(input).toEqual({ from: '2026-11-30T16:00:00.000Z', to: '2026-12-04T16:00:00.000Z' });
  });

  it('asks for one action exactly, and a settings family by its prefix', () => {
    expect(listInputOf({ ...NO_AUDIT_FILTERS, action: 'patient.read' }, 'UTC')).toEqual({ actions: ['patient.read'] });
    expect(listInputOf({ ...NO_AUDIT_FILTERS, action: 'clinic.update' }, 'UTC')).toEqual({ action: 'clinic.update.' });
  });

  it('passes who and which patient by id', () => {
    const input = listInputOf({ ...NO_AUDIT_FILTERS, actorUserId: 'u1', patient: { id: 'p1', label: 'Tan Ah Kow (MRN-000123)' } }, 'UTC');
    expect(input).toEqual({ actorUserId: 'u1', patientId: 'p1' });
  });
});
