/**
 * Names of the fields the hub can refuse, by field key (list positions left out; see
 * src/shared/schemas/field-paths.ts). A key is found whole or by its end: `clinic.tax.name` is
 * looked up as itself, then `tax.name`, then `name`. field-labels.test.ts checks every field of
 * every procedure's input has one.
 */
export const formErrorsEn = {
  fields: {
    '(input)': 'The request',
    // Billing (src/shared/schemas/billing.ts).
    fees: 'Fees', 'fees.feeId': 'Fee', 'prices.chargeLineId': 'Dispensed item', 'prices.unitPriceSen': 'Price per unit', 'discount.amountSen': 'Discount', clinicDate: 'Clinic day', invoiceId: 'Invoice', receiptNo: 'Receipt no.', tenders: 'Payment', 'tenders.method': 'Payment method', 'tenders.amountSen': 'Amount', 'tenders.reference': 'Reference',
    floatSen: 'Float', sessionId: 'Till session', count: 'Drawer count', 'count.count': 'Number counted', 'count.denominationSen': 'Note or coin', varianceReason: 'Reason for the difference', openVisits: 'Visits still open',
    fixedPerVisitSen: 'Fixed per visit', 'shareBp.consultation': 'Consultation share', 'shareBp.procedure': 'Procedure share', 'shareBp.lab': 'Lab test share', 'shareBp.package': 'Package share', 'shareBp.medicine': 'Medicine share', 'shareBp.other': 'Other share',
    'lines.invoiceLineId': 'Invoice line', 'refund.method': 'Refund method', 'refund.reference': 'Refund reference',
    // e-Invoices (src/shared/schemas/einvoice.ts).
    month: 'Month', documentId: 'e-Invoice', clientId: 'MyInvois client ID', clientSecret: 'MyInvois client secret', environment: 'MyInvois environment', submissionEnabled: 'Send e-invoices to LHDN', tin: 'TIN', brn: 'Business registration no.', sstNo: 'SST registration no.', msicCode: 'MSIC code', activityDescription: 'Business activity', classificationCode: 'Classification code', buyer: 'Buyer', idType: 'ID type', idNo: 'ID number', line: 'Address', city: 'City', stateCode: 'State', countryCode: 'Country',
    // Pharmacy: stock, purchasing, dispensing, registers.
    batchId: 'Batch', change: 'Change in stock', contactPerson: 'Contact person', dispensingId: 'Dispensing', filter: 'Filter', findingsSeen: 'Warnings read', includeEmpty: 'Include empty batches', invoiceNo: 'Supplier’s invoice no.', leadTimeDays: 'Lead time (days)', lines: 'Lines', batchNo: 'Batch no.', batchReason: 'Reason for another batch', bonusQuantity: 'Bonus quantity', directions: 'Directions', expiryDate: 'Expiry date', orderLineId: 'Order line', prescriptionLineId: 'Prescription line', quantity: 'Quantity', takes: 'Batches', unitCostSen: 'Unit cost', note: 'Note', orderId: 'Purchase order', paymentTermsDays: 'Payment terms (days)', register: 'Register', rows: 'Rows', supplierId: 'Supplier', statuses: 'Statuses',
    // The fee schedule (src/shared/schemas/fees.ts).
    priceSen: 'Price', taxable: 'Service tax applies', fromTime: 'From (time)', toTime: 'To (time)', includeInactive: 'Include retired fees',
    // Vital signs (src/shared/schemas/vitals.ts).
    systolic: 'BP systolic', diastolic: 'BP diastolic', pulse: 'Pulse', temperature: 'Temperature', respiratoryRate: 'Respiratory rate', spo2: 'SpO₂', weight: 'Weight',
    height: 'Height', glucose: 'Blood glucose', glucoseKind: 'Fasting or random', pain: 'Pain score', headCircumference: 'Head circumference', recordedAt: 'Time measured',
    action: 'Action', actions: 'Actions', active: 'Active', actorUserId: 'User', address: 'Address', alerts: 'Alerts',
    'admin.displayName': "Owner's name", 'admin.password': "Owner's password", 'admin.username': "Owner's username",
    allergies: 'Allergies', 'allergies.allergen': 'Allergen', 'allergies.reaction': 'Reaction', 'allergies.severity': 'Severity',
    appointmentId: 'Appointment', backupFile: 'Backup file', beforeSeq: 'Page of the log',
    breaks: 'Breaks', 'breaks.end': 'Break end', 'breaks.label': 'Break label', 'breaks.start': 'Break start', 'breaks.weekday': 'Break day',
    capacity: 'Capacity', checkStatus: 'Check the printer first', chiefComplaint: 'Reason for visit', chronicConditions: 'Chronic conditions',
    cleanupMinutes: 'Clean-up time (minutes)',
    'clinic.name': 'Clinic name', 'clinic.address': 'Clinic address', 'clinic.phone': 'Clinic phone',
    code: 'Code', confirmOtherDocument: 'Keep as another document', confirmPossibleDuplicate: 'Register anyway',
    'connection.baudRate': 'Baud rate', 'connection.host': 'Printer address', 'connection.kind': 'Connection', 'connection.path': 'Serial port', 'connection.port': 'Port',
    copies: 'Copies', currency: 'Currency', currentPassword: 'Current password', 'cursor.createdAt': 'Page', 'cursor.id': 'Page',
    dailyAt: 'Daily backup time', dataBase64: 'Photo', date: 'Date', dateFormat: 'Date format', dateOfBirth: 'Date of birth',
    delimiter: 'Column separator', disabled: 'Disabled', displayName: 'Display name', doctorId: 'Doctor', durationMinutes: 'Duration (minutes)',
    email: 'Email', emergencyContact: 'Emergency contact', 'emergencyContact.name': 'Emergency contact name',
    'emergencyContact.phone': 'Emergency contact phone', 'emergencyContact.relationship': 'Relationship',
    emergencyReason: 'Reason for emergency', employer: 'Employer', end: 'End', entity: 'Record type', entityId: 'Record', entryId: 'Queue ticket',
    favourite: 'Favourite', file: 'File', folder: 'Folder', followUpOfVisitId: 'Earlier visit', from: 'From', fromDate: 'From date', fullName: 'Full name',
    hasHeader: 'First row is a header', id: 'Record', identityNo: 'Identity number', identityType: 'Document', idleLockMinutes: 'Lock after (minutes)',
    importId: 'Import', keep: 'Backups to keep', kind: 'Kind', label: 'Label', languages: 'Languages', limit: 'Number of rows',
    mergedId: 'Record to merge', mime: 'Photo type', name: 'Name', nationality: 'Nationality', noKnownAllergies: 'No known allergies', newPassword: 'New password', notes: 'Notes',
    notice: 'Notice', pairingCode: 'Pairing code',
    panels: 'Panels', 'panels.memberNo': 'Member no.', 'panels.panelId': 'Panel', 'panels.relationship': 'Relationship to the member',
    'panels.validFrom': 'Valid from', 'panels.validTo': 'Valid to',
    paperWidthMm: 'Paper width', password: 'Password', patientId: 'Patient', permissions: 'Permissions', phone: 'Phone', phones: 'Phone',
    pin: 'PIN', postcode: 'Postcode', printTicketAtCheckIn: 'Print a ticket at check-in', priority: 'Priority', query: 'Search',
    reason: 'Reason', recoveryCode: 'Recovery code', registrationNo: 'Registration no.', resourceId: 'Resource', resourceKind: 'Resource kind',
    returnAfter: 'Returns after', role: 'Role', roles: 'Roles', roomId: 'Room', roomKind: 'Room kind', serial: 'Serial no.',
    sessions: 'Hours', 'sessions.end': 'End', 'sessions.start': 'Start', 'sessions.weekday': 'Day',
    sex: 'Sex', showMaskedNames: 'Show masked names', slotMinutes: 'Slot length (minutes)', start: 'Start', status: 'Status',
    survivorId: 'Record to keep', 'tax.enabled': 'Tax', 'tax.name': 'Tax name', 'tax.rateBasisPoints': 'Tax rate',
    'tax.registrationNo': 'Tax registration no.', text: 'Text', ticketPrefix: 'Ticket prefix', timeZone: 'Time zone', to: 'To',
    toDate: 'To date', toRoomId: 'Room', typeId: 'Appointment type', userId: 'User', username: 'Username', version: 'Version',
    // Medicines (Setup → Medicines, and their CSV import's column mapping).
    generic: 'Generic name', brand: 'Brand', form: 'Form', strength: 'Strength', strengthValue: 'Strength (number)', strengthUnit: 'Strength unit',
    perVolumeMl: 'Per volume (ml)', dispensingUnit: 'Dispensing unit', route: 'Route', defaultDose: 'Default dose', defaultDoseValue: 'Default dose',
    defaultDoseUnit: 'Dose unit', defaultFrequency: 'Default frequency', defaultDurationDays: 'Default duration (days)', drugClass: 'Drug class',
    walkInPriceSen: 'Walk-in price per unit', itemKind: 'Item kind', legalClass: 'Legal class', storage: 'Storage', reorderLevel: 'Reorder level', reorderQuantity: 'Reorder quantity',
    costSen: 'Cost per unit', taxCode: 'Tax code', barcodes: 'Barcodes', prices: 'Prices', 'prices.tier': 'Price tier', 'prices.priceSen': 'Price per unit',
    packSize: 'Pack size', childMinMgPerKgDay: "Children's minimum (mg/kg/day)", childMaxMgPerKgDay: "Children's maximum (mg/kg/day)",
    includeRetired: 'Show retired', csv: 'File', drugs: 'Medicines', class: 'Drug class', severity: 'Severity', effect: 'Effect', management: 'Management',
    visitId: 'Visit', weekOf: 'Week', weekday: 'Day',
    // The patient's chart (problem list, long-term medications, medical and social history).
    alcohol: 'Alcohol', chronic: 'Chronic', condition: 'Condition', dose: 'Dose', familyHistory: 'Family history', frequency: 'Frequency',
    icdCode: 'ICD-10 code', medicineId: 'Medicine', medicineName: 'Medicine', occupation: 'Occupation', onset: 'Since', packYears: 'Pack-years',
    pastIllnesses: 'Past illnesses', procedure: 'Operation', relative: 'Relative', since: 'Since', smoking: 'Smoking', sticksPerDay: 'Sticks a day',
    surgeries: 'Operations', unitsPerWeek: 'Drinks a week', when: 'When',
    // The consultation note and its diagnoses.
    'note.subjective': 'Subjective', 'note.objective': 'Objective', 'note.assessment': 'Assessment', 'note.plan': 'Plan',
    diagnoses: 'Diagnoses', 'diagnoses.primary': 'Primary diagnosis', section: 'Part of the note',
    // A prescription line.
    'line.medicineId': 'Medicine', 'line.doseValue': 'Dose', 'line.doseUnit': 'Dose unit', 'line.frequency': 'Frequency', 'line.durationDays': 'Days', 'line.route': 'Route',
    'line.timing': 'When to take', 'line.quantity': 'Quantity', 'line.instructions': 'Instructions', 'line.dispensing': 'Dispensed by', overrideReason: 'Reason for going ahead',
    mmcNo: 'MMC registration no.', qualifications: 'Qualifications', days: 'Days of leave', diagnosis: 'Diagnosis', showDiagnosis: 'Show the diagnosis',
    remarks: 'Remarks', arrivedAt: 'Arrived at', leftAt: 'Left at', 'to.specialistName': 'Specialist', 'to.specialty': 'Specialty',
    'to.hospital': 'Hospital or clinic', findings: 'Findings', currentMedications: 'Current medications', urgency: 'Urgency',
    // Stock take and the opening-stock import's column mapping.
    shelf: 'Shelf', lineId: 'Count sheet line', counted: 'Counted', 'mapping.batchNo': 'Batch no.', 'mapping.expiryDate': 'Expiry date',
    'mapping.quantity': 'Quantity', 'mapping.unitCost': 'Unit cost (RM)', 'mapping.shelf': 'Shelf',
    // Panels' coverage rules, the counter's panel choice and panel claims.
    capPerVisitSen: 'Cap per visit', excludedKinds: 'Not covered', copayFixedSen: 'Co-payment (RM)', copayPercentBp: 'Co-payment (%)', mcAllowed: 'Accepts MC',
    claimDeadlineDays: 'Claim within (days)', statementPeriod: 'Statement period', panelId: 'Panel', period: 'Month', receivedOn: 'Received on',
    reference: 'Payment reference', settlements: 'Claims paid', 'settlements.claimId': 'Claim', 'settlements.paidSen': 'Paid', 'settlements.deductedSen': 'Deducted',
    'settlements.rejectedSen': 'Rejected', 'settlements.reason': 'Why rejected',
    // AI (src/shared/schemas/ai.ts).
    apiKey: 'API key', interactionId: 'AI interaction', outcome: 'Outcome', enabled: 'Use AI', baseUrl: 'Base URL', defaultModel: 'Default model', 'models.triage': 'Model for triage', 'models.notes': 'Model for note structuring', 'models.summary': 'Model for history summary', 'models.letters': 'Model for letters', 'models.labs': 'Model for lab reports', 'models.scribe': 'Model for voice scribe', 'models.assistant': 'Model for help assistant', timeoutSeconds: 'Timeout', maxRetries: 'Retries', 'prices.model': 'Priced model', 'prices.inputSenPerMillion': 'Input price', 'prices.outputSenPerMillion': 'Output price',
    // The in-app assistant (src/shared/schemas/ai-assistant.ts).
    question: 'Question', screenText: 'Text of the screen', language: 'Language',
    // Deposits, tax invoices and statements (src/shared/schemas/deposits.ts, billing-statements.ts).
    method: 'Payment method', amountSen: 'Amount', paper: 'Paper size',
    // Quarantine slip (src/shared/schemas/visit-documents.ts).
    notifiable: 'Notifiable disease', place: 'Place', instructions: 'Instructions',
    // Triage (src/shared/schemas/ai-triage.ts).
    complaint: 'Complaint', pregnant: 'Pregnant', ageMonths: 'Age', askModel: 'Ask the AI model',
    // History summary (src/shared/schemas/history-summary.ts).
    statements: 'Summary', 'statements.sources': 'Where it came from', fromModel: 'From the AI model', edited: 'Edited',
    // Lab report extraction (src/shared/schemas/ai-labs.ts).
    'report.base64': 'Lab report PDF',
    // The scribe (src/shared/schemas/scribe.ts).
    answer: 'Patient’s answer', recordingId: 'Recording', seq: 'Part of the recording', pcmBase64: 'Recorded audio', audioHoursAfterSigning: 'Keep audio after signing (hours)', transcriptDays: 'Keep transcripts (days)',
  },
  /** What is wrong with a field, written to follow its name: "Full name (at most 120 characters)". */
  fieldIssue: {
    required: 'fill this in',
    tooLong: 'at most {{limit}} characters',
    tooShort: 'at least {{limit}} characters',
    tooMany: 'at most {{limit}} entries',
    tooFew: 'at least {{limit}} entries',
    tooHigh: 'at most {{limit}}',
    tooLow: 'at least {{limit}}',
    outOfRange: 'not a possible value',
    format: 'check how it is written',
    choice: 'choose one of the options',
    invalid: 'check this field',
  },
  fieldCount: {
    counter: '{{count}} of {{limit}} characters',
    full: '{{limit}} of {{limit}} characters: the most this field takes',
  },
};
