import { actionWordsEn } from './action-words.en';

/** English text of the audit log. */
export const auditEn = {
  audit: {
    time: 'Time', who: 'Who', action: 'Action', entity: 'Record', entityId: 'Record id', actionPrefix: 'Action starts with', from: 'From', to: 'To',
    filter: 'Apply filters', loadMore: 'Load more', verify: 'Verify chain', verifyOk: 'Chain intact: {{checked}} entries checked.',
    verifyBroken: 'Chain broken at entry {{seq}} ({{problem}}) after {{checked}} entries.', before: 'Before', after: 'After', system: 'System',
    problem: { edited: 'edited', missing: 'missing', reordered: 'reordered', truncated: 'the log ends before an anchored entry', rewritten: 'an anchored entry was replaced' },
    read: { viewed: 'viewed', searched: 'searched: {{count}} patients shown' },
    whatHappened: 'What happened', patient: 'Patient', mrn: 'MRN', anyone: 'Anyone', anyAction: 'Any action', patientFilter: 'Patient', anyPatient: 'Every patient',
    choosePatient: 'Choose a patient', clearPatient: 'Every patient', clearFilters: 'Clear filters', exportCsv: 'Export CSV', exportFile: 'audit-log',
    exported: '{{count}} entries exported to {{file}}.', exportCapped: 'Only the newest {{count}} entries were exported: narrow the filters for older ones.',
    patientLabel: '{{name}} ({{mrn}})', aRecord: 'a record no longer on file', anUnknownUser: 'an unknown user', unknownAction: '{{who}}: {{action}}',
    none: 'No entries match these filters.',
    /** A settings section by its key, as it follows "changed the … settings". */
    sections: { profile: 'clinic profile', security: 'screen lock', printer: 'receipt printer', display: 'waiting-room TV', backup: 'backup' },
    change: {
      nothing: 'Nothing more was recorded for this entry.', anotherRecord: 'another record', empty: '—', details: 'Details',
    },
    areas: {
      patient: 'Patients', queue: 'Queue', appointment: 'Appointments', schedule: 'Weekly hours', scheduleBlock: 'Blocked time', room: 'Rooms', panel: 'Panels', supplier: 'Suppliers', fee: 'Fees', purchaseOrder: 'Purchase orders', goodsReceived: 'Goods received', supplierReturn: 'Returns to suppliers', medicine: 'Medicines', stock: 'Stock', interactionPair: 'Interaction pairs', diagnosisFavourite: 'Favourite diagnoses', stockTake: 'Stock takes',
      resource: 'Resources', appointmentType: 'Appointment types', document: 'Documents', auth: 'Sign-in', user: 'Accounts', role: 'Roles', clinic: 'Clinic settings', backup: 'Backups',
      consultation: 'Consultations', prescription: 'Prescriptions', register: 'Poisons registers', noteTemplate: 'Note templates', dispensing: 'Dispensary',
      chart: 'Chart', vitals: 'Vital signs',
      invoice: 'Invoices', payment: 'Payments', receipt: 'Receipts', deposit: 'Deposits', till: 'Till sessions', day: 'Day closing', doctorFee: 'Doctors’ fees', einvoice: 'e-Invoices', claimBatch: 'Claim batches', claim: 'Panel claims', ai: 'AI', scribe: 'AI scribe',
    },
    ...actionWordsEn,
    banner: {
      title: 'The audit log failed its check',
      body: 'At entry {{seq}} ({{problem}}), found {{when}}: entries may have been changed or removed outside ClinicDesk.',
      whatToDo: 'Do not delete or restore anything yet. Keep this PC and the backup drive as they are, write down when this appeared, and call your ClinicDesk support.',
      open: 'Open the audit log',
    },
  },
};
