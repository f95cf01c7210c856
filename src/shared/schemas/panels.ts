import { z } from 'zod';
import { INVOICE_LINE_KINDS } from './billing';
import { idSchema } from './common';

/**
 * Panels: the companies, insurers and schemes that pay for some of a patient's visits.
 * The front desk records which panels a patient belongs to; claims and panel price lists
 * are billing's business and build on this registry.
 */
export const PANEL_KINDS = ['corporate', 'insurer', 'government', 'tpa'] as const;
export type PanelKind = (typeof PANEL_KINDS)[number];

/** How often the clinic sends a panel its statement of claims; monthly is what panels ask. */
export const STATEMENT_PERIODS = ['monthly'] as const;
export type StatementPeriod = (typeof STATEMENT_PERIODS)[number];

const sen = z.number().int().min(0).max(10_000_000);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .default(null)
    .transform((value) => (value ? value : null));

/**
 * What a panel pays for, as data on the panel (billing/panel-split.ts applies it): lines of the
 * excluded kinds are the patient's; of the rest the patient pays the co-payment (a fixed amount
 * plus a percentage of the covered lines), and the panel pays what is left up to its cap per visit.
 */
export const panelCoverageSchema = z.object({
  /** The most the panel pays for one visit, in sen; null for no cap. */
  capPerVisitSen: sen.nullable().default(null),
  excludedKinds: z.array(z.enum(INVOICE_LINE_KINDS)).max(INVOICE_LINE_KINDS.length).default([]),
  copayFixedSen: sen.default(0),
  /** In basis points: 1000 = 10 % of the covered lines. */
  copayPercentBp: z.number().int().min(0).max(10_000).default(0),
  /** Whether the panel accepts a medical certificate from this clinic (shown on the claim). */
  mcAllowed: z.boolean().default(true),
});
export type PanelCoverage = z.infer<typeof panelCoverageSchema>;

export const panelSchema = z.object({
  id: idSchema,
  code: z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{2,16}$/),
  name: z.string().trim().min(2).max(120),
  kind: z.enum(PANEL_KINDS),
  active: z.boolean(),
  ...panelCoverageSchema.shape,
  /** Days after the visit within which the panel accepts its claim. */
  claimDeadlineDays: z.number().int().min(1).max(365).default(30),
  statementPeriod: z.enum(STATEMENT_PERIODS).default('monthly'),
  /** The panel's tax identification number and business registration, for its e-invoices. */
  tin: optionalText(20),
  registrationNo: optionalText(30),
});
export type Panel = z.infer<typeof panelSchema>;
export const savePanelInputSchema = panelSchema.extend({ id: idSchema.optional() });
export type SavePanelInput = z.infer<typeof savePanelInputSchema>;
/** A panel as a form or a caller writes it: the coverage fields may be left to their defaults. */
export type SavePanelDraft = z.input<typeof savePanelInputSchema>;

export const PANEL_RELATIONSHIPS = ['self', 'spouse', 'child', 'parent', 'other'] as const;
export type PanelRelationship = (typeof PANEL_RELATIONSHIPS)[number];

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
