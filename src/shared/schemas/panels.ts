import { z } from 'zod';
import { idSchema } from './common';

/**
 * Panels: the companies, insurers and schemes that pay for some of a patient's visits.
 * The front desk records which panels a patient belongs to; claims and panel price lists
 * are billing's business and build on this registry.
 */
export const PANEL_KINDS = ['corporate', 'insurer', 'government', 'tpa'] as const;
export type PanelKind = (typeof PANEL_KINDS)[number];

export const panelSchema = z.object({
  id: idSchema,
  code: z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{2,16}$/),
  name: z.string().trim().min(2).max(120),
  kind: z.enum(PANEL_KINDS),
  active: z.boolean(),
});
export type Panel = z.infer<typeof panelSchema>;
export const savePanelInputSchema = panelSchema.extend({ id: idSchema.optional() });
export type SavePanelInput = z.infer<typeof savePanelInputSchema>;

export const PANEL_RELATIONSHIPS = ['self', 'spouse', 'child', 'parent', 'other'] as const;

/** A patient's membership of one panel, as on the member card. */
export const panelMembershipSchema = z
  .object({
    panelId: idSchema,
    memberNo: z.string().trim().min(1).max(40),
    /** Whose membership it is: the employee (`self`) or a dependant. */
    relationship: z.enum(PANEL_RELATIONSHIPS).default('self'),
    validFrom: z.iso.date().nullable().default(null),
    validTo: z.iso.date().nullable().default(null),
  })
  .refine((m) => !m.validFrom || !m.validTo || m.validFrom <= m.validTo, { path: ['validTo'], message: 'ends before it starts' });
export type PanelMembership = z.infer<typeof panelMembershipSchema>;
