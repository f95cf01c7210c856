/** English text of the visit's documents (MC, time slip, referral letter) and the desk's check of a document. */
export const visitDocumentsEn = {
  visitDocuments: {
    issued: '{{serial}} issued.',
    pdfOpened: 'The PDF opened in a new window: print it from there.',
    pdfDownloaded: 'The PDF was saved as {{fileName}}: open it to print.',
    remarks: 'Remarks',
    dialogTitle: 'This visit’s documents',
    mc: {
      title: 'Medical certificate (MC)', days: 'Days', from: 'From', to: 'To', diagnosis: 'Diagnosis',
      showDiagnosis: 'Print the diagnosis — the patient agrees', issue: 'Issue MC',
      daysHint: 'The dates follow the days, and the days the dates.',
    },
    timeSlip: { title: 'Time slip', arrivedAt: 'Arrived at', leftAt: 'Left at', hint: 'Leave the times empty for check-in to now.', issue: 'Issue time slip' },
    referral: {
      title: 'Referral letter', specialistName: 'Specialist', specialty: 'Specialty', hospital: 'Hospital or clinic', reason: 'Reason for referral',
      findings: 'Findings', currentMedications: 'Current medications', urgency: 'Urgency', issue: 'Issue letter',
      urgencies: { routine: 'Routine', soon: 'Soon (within 2 weeks)', urgent: 'Urgent (today)' },
    },
    quarantine: {
      title: 'Quarantine slip', condition: 'Condition', notifiable: 'A notifiable infectious disease (Act 342) — notify the district health office as usual',
      from: 'Isolated from', to: 'Until', place: 'Where', home: 'Rumah / Home', instructions: 'Instructions (Malay / English as printed)', issue: 'Issue quarantine slip',
      datesHint: 'From the day of the examination or the next; at most {{maxDays}} days.',
    },
    draft: { fromVisit: 'Draft from visit', clear: 'Clear the draft' },
    list: {
      title: 'Documents issued', open: 'Documents', empty: 'No documents issued in this visit yet.', document: 'Document', serial: 'Serial no.', issuedAt: 'Issued',
      status: 'Status', valid: 'Valid', cancelled: 'Cancelled', copies: '{{count}} copies printed', reprint: 'Reprint', cancel: 'Cancel',
      cancelTitle: 'Cancel {{serial}}', cancelReason: 'Why is it cancelled?',
      cancelHint: 'It stays on record as cancelled, is not printed again, and a check of its serial says cancelled.', confirmCancel: 'Cancel the document',
    },
    kinds: { 'medical-certificate': 'MC', 'time-slip': 'Time slip', 'referral-letter': 'Referral letter', 'quarantine-slip': 'Quarantine slip', prescription: 'Prescription' },
    verify: {
      open: 'Verify a document', title: 'Verify a document', serial: 'Serial no. (e.g. MC-2026-00412)', code: 'Verification code', check: 'Check',
      privacy: 'Tell the caller only what shows here: never the patient’s name, illness or anything else.',
      valid: 'Valid: {{serial}} ({{kind}}), issued {{issuedAt}}.',
      leave_one: 'Sick leave of 1 day: {{from}}.',
      leave_other: 'Sick leave of {{count}} days: {{from}} to {{to}}.',
      isolation_one: 'Isolation of 1 day: {{from}}.',
      isolation_other: 'Isolation of {{count}} days: {{from}} to {{to}}.',
      cancelled: 'CANCELLED on {{cancelledAt}}: {{serial}} ({{kind}}) is not valid.',
      unknown: 'Not found: this clinic issued no document with this serial and code. Check both with the caller before saying so.',
    },
    mcDateProblem: {
      order: 'the last day is before the first',
      days: 'the number of days does not match the dates',
      tooLong: 'an MC gives at most {{maxDays}} days',
      backdated: 'leave cannot start before the date of examination (no backdating)',
      tooLate: 'leave starts on the day of the examination or the day after',
    },
  },
};
