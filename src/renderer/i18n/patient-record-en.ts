/** English text of the patient record's history, merge and list editors (kept apart from en.ts, which every module edits). */
export const patientRecordEn = {
  fields: {
    mrn: 'MRN', fullName: 'Full name', identityType: 'Document', identityNo: 'Document number', nationality: 'Nationality', dateOfBirth: 'Date of birth',
    sex: 'Sex', phones: 'Phones', email: 'Email', address: 'Address', postcode: 'Postcode', employer: 'Employer',
    emergencyContact: 'Emergency contact', allergies: 'Allergies', chronicConditions: 'Chronic conditions', alerts: 'Alerts', mergedIntoId: 'Merged', panels: 'Panels',
  },
  lists: {
    upTo: 'Up to {{max}}.',
    phone: 'Phone', addPhone: 'Add phone', noPhones: 'No phone recorded.',
    condition: 'Condition', addCondition: 'Add condition', noConditions: 'No chronic conditions recorded.',
    alert: 'Alert', addAlert: 'Add alert', noAlerts: 'No alerts.', alertHint: 'e.g. hard of hearing, needs a wheelchair, interpreter needed',
  },
  panels: {
    add: 'Add panel', none: 'No panel memberships.', noneSetUp: 'No panels are set up for this clinic yet.',
    panel: 'Panel', memberNo: 'Member no.', holder: 'Card holder', validFromLabel: 'Valid from', validToLabel: 'Valid to',
    unknown: 'Unknown panel', validBetween: 'valid {{from}} to {{to}}', validFrom: 'valid from {{from}}', validTo: 'valid until {{to}}',
    relationships: { self: 'Member', spouse: 'Spouse of member', child: 'Child of member', parent: 'Parent of member', other: 'Other dependant' },
  },
  appointments: { title: 'Appointments', none: 'No appointments.', when: 'When', doctor: 'Doctor', type: 'Type', status: 'Status', ticket: 'Ticket' },
  visits: {
    title: 'Visits', none: 'No visits yet.', when: 'Checked in', ticket: 'Ticket', complaint: 'Chief complaint', priority: 'Priority', status: 'Status',
    route: 'Rooms and stations', showMore: 'Show more', fromMerged: 'recorded under {{mrn}}', emergencyReason: 'Emergency: {{reason}}',
    statuses: { open: 'in the clinic', done: 'done', no_show: 'no-show' },
    steps: { waiting: 'waiting', called: 'called', serving: 'being seen', done: 'done', skipped: 'skipped', no_show: 'no-show', transferred: 'transferred' },
  },
  photo: { alt: 'Patient photo', add: 'Add photo', change: 'Change photo', remove: 'Remove photo', unreadable: 'That file is not a picture this PC can read. Choose a JPEG or PNG photo.' },
  header: { conditions: 'Chronic conditions: {{list}}' },
  history: {
    button: 'History', title: 'Edit history — {{name}}', version: 'Version {{version}}', by: 'by {{name}}', system: 'by the system',
    registered: 'Record created.', noChanges: 'Saved with no visible change.', field: 'Field', before: 'Before', after: 'After',
    merged: 'Merged into another record',
  },
  merge: {
    button: 'Merge another record into this one', title: 'Merge a duplicate into {{mrn}}', find: 'Find the duplicate record',
    thisRecord: 'This record (kept)', duplicate: 'Duplicate (merged into this one)',
    explain: 'The duplicate’s allergies, chronic conditions, alerts and phones are added to this record; its other details are not copied. The duplicate is kept, marked as merged, with its history, and no longer appears in searches.',
    confirmLabel: 'Type {{mrn}} to confirm', confirm: 'Merge', chooseAnother: 'Choose another record',
    done: '{{mrn}} was merged into this record.', openMerged: 'Open {{mrn}}',
  },
  mergedInto: 'Merged into {{mrn}} · {{name}}', openSurvivor: 'Open the kept record',
};
