/**
 * The kinds of record the hub audits, and tells live screens about after a commit. Audit rows name
 * one of these; the renderer's map of which screens read which kind is typed by it, so a kind the
 * hub reports but no screen knows is a compile error.
 */
export const CHANGED_ENTITIES = [
  'user',
  'role',
  'sign-in',
  'clinic',
  'backup',
  'audit',
  'patient',
  // A patient import's staged steps: pending rows no screen shows until the import is published as 'patient'.
  'patientImport',
  'panel',
  'supplier',
  'fee',
  'purchaseOrder',
  'goodsReceived',
  'supplierReturn',
  'room',
  'visit',
  'queue',
  'appointment',
  'appointmentType',
  'resource',
  'schedule',
  'scheduleBlock',
  'document',
  'consultation',
  'prescription',
  // Poisons Act registers: the Prescription Book and the psychotropic register.
  'register',
  'dispensing',
  'noteTemplate',
  'medicine',
  'interactionPair',
  // A doctor's own shortcut codes in the diagnosis search.
  'diagnosisFavourite',
  'chartProblem',
  'chartMedication',
  'chartHistory',
  // A medical history summary accepted onto the chart, or replaced by a newer one.
  'chartHistorySummary',
  'vitals',
  // A batch's stock: received, issued, adjusted, written off or returned.
  'stock',
  'stockTake',
  // Billing: an invoice issued or voided, and a payment taken against one.
  'invoice',
  'payment',
  // The till: a cashier's session opened or closed, and a clinic day closed with its Z report.
  'cashierSession',
  'clinicDay',
  // A doctor's fee rule set or changed.
  'doctorFee',
  // LHDN e-invoices: built, submitted, checked.
  'einvoice',
  // Panel claims: a batch made or exported, a panel's payment recorded.
  'claim',
  // A call to an AI model logged, or a person's verdict on its draft.
  'aiInteraction',
  'deposit',
  // The AI scribe: a patient's consent, a recording started, stopped, transcribed or deleted.
  'scribe',
] as const;

export type ChangedEntity = (typeof CHANGED_ENTITIES)[number];
