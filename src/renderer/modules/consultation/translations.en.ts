/** English text of the doctor's room. */
export const consultationEn = {
  consultation: {
    myRoom: 'My room', openVisit: 'Open', inRoom: 'With you now', noVisit: 'Call the next patient, or open a visit from the patient’s record.',
    callNextHint: 'N calls the next patient', waitingCount: 'Waiting ({{count}})',
    sections: { history: 'History', vitals: 'Vitals', notes: 'Notes', diagnoses: 'Diagnoses', prescriptions: 'Prescriptions', documents: 'Documents' },
    shortcuts: 'Alt+1…6 jumps to a section · Ctrl+Enter finishes the visit',
    banner: {
      age: '{{years}} y', ageChild: '{{years}} y {{months}} m', ageInfant: '{{months}} m', waited: 'waited {{count}} min', ticket: 'Ticket {{ticketNo}}',
      complaint: 'Complaint: {{complaint}}', panel: 'Panel: {{panels}}', finished: 'Visit finished', noShow: 'No-show',
    },
    soap: {
      subjective: 'Subjective', objective: 'Objective', assessment: 'Assessment', plan: 'Plan',
      subjectiveHint: 'History of the complaint, in the patient’s words', objectiveHint: 'Examination findings', assessmentHint: 'Your impression', planHint: 'Treatment, advice, follow-up',
    },
    template: 'Template', applyTemplate: 'Insert a template', templateApplied: 'Template “{{name}}” added to the empty parts of the note.', saveAsTemplate: 'Save as my template', templateName: 'Template name',
    saving: 'Saving…', saved: 'Saved {{time}}', notSaved: 'Not saved yet', restored: 'Text typed before the screen closed was brought back; it saves now.',
    conflict: '{{name}} changed this note while you were typing. Your text is kept below: reload to see theirs, then add yours again.',
    conflictNobody: 'Someone else changed this note while you were typing. Your text is kept below: reload to see theirs, then add yours again.',
    reload: 'Reload the note', yourText: 'Your text (not saved)',
    finish: 'Finish visit', finishHint: 'Signs the note and sends the patient on', finishAsk: 'Sign the note and finish the visit of {{name}} ({{ticketNo}})? After this the note changes only by amendment.',
    handedTo: '{{ticketNo}} is now waiting at {{room}}.', ended: 'The visit of {{ticketNo}} has ended.',
    signed: 'Signed by {{name}}, {{when}}', amend: 'Amend', amendTitle: 'Amend the signed note', amendReason: 'Why this correction', amendSection: 'Part of the note', amended: 'Amended by {{name}}, {{when}}: {{reason}}',
    original: 'As signed', readOnly: 'Past visit · read-only', close: 'Close',
    timeline: 'Past visits', noPastVisits: 'No earlier visits.', mergedFrom: 'recorded as {{mrn}}', noNote: 'no note', draft: 'not signed',
    openedFrom: 'Opened from the patient’s record',
    rx: {
      none: 'No medicines prescribed yet.', medicine: 'Add a medicine', dose: 'Dose', unit: 'Unit', frequency: 'How often', days: 'Days', timing: 'When',
      quantity: 'Quantity', auto: 'worked out', inHouse: 'Dispense here', external: 'External', instructions: 'Instructions',
      add: 'Check and add', addAnyway: 'Prescribe anyway', repeat: 'Repeat last prescription', remove: 'Take off the prescription', cancelReason: 'Taken off by the prescriber before finishing',
      flagged: 'Check before prescribing {{medicine}}:', overrideReason: 'Your reason for prescribing it anyway (kept in the record)', overridden: 'Prescribed despite a warning: {{reason}}',
      daysCount_one: '{{count}} day', daysCount_other: '{{count}} days', give: 'give {{quantity}} {{unit}}',
      findings: {
        allergy: {
          generic: 'Allergy: the patient is allergic to {{allergen}} ({{reaction}}, {{severity}}) — this is that drug.',
          brand: 'Allergy: the patient is allergic to {{allergen}} ({{reaction}}, {{severity}}) — this is that brand.',
          class: 'Allergy: the patient is allergic to {{allergen}} ({{reaction}}, {{severity}}) — this drug is of that class ({{drugClass}}).',
          'cross-reactivity': 'Possible cross-reaction: the patient is allergic to {{allergen}} ({{reaction}}, {{severity}}); {{drugClass}} can cross-react.',
        },
        duplicate: {
          generic: 'Duplicate: {{other}} ({{origin}}) is the same drug.',
          class: 'Duplicate therapy: {{other}} ({{origin}}) is also of the class {{drugClass}}.',
        },
        origin: { 'long-term': 'long-term medicine', 'this-prescription': 'already on this prescription' },
        interaction: 'Interaction ({{severity}}) with {{other}}: {{effect}} {{management}} Source: {{source}}',
        dose: {
          over: 'Dose too high for the child: {{perKg}} mg/kg/day at {{weight}} kg; the range is {{min}}–{{max}} mg/kg/day.',
          under: 'Dose too low for the child: {{perKg}} mg/kg/day at {{weight}} kg; the range is {{min}}–{{max}} mg/kg/day.',
        },
      },
    },
    openInRoom: 'Doctor’s room', recordVitals: 'Record vitals', showTrends: 'Trends (BP, weight, glucose, temperature)', showHistory: 'Medical and social history',
    primary: 'primary', noDiagnoses: 'No diagnosis yet.', diagnosisSearch: 'Find a diagnosis', diagnosisHint: 'Type a code (J06.9) or words (upper resp)', noDiagnosisFound: 'Nothing in the ICD-10 list matches.',
    structure: {
      dictation: 'Shorthand or dictation', dictationHint: 'c/o fever 3/7, T 38.5, Imp: URTI, PCM 1g tds, TCA prn', run: 'Structure note', draft: 'SOAP draft',
      accept: 'Accept into the note', reject: 'Reject', hints: 'ICD-10 hints (click to add as a diagnosis)', matched: 'from “{{words}}”',
    },
    labs: {
      open: 'Lab report', title: 'Outside lab report', paste: 'Paste the report’s text', pasteHint: 'HAEMOGLOBIN   11.2   L   g/dL   12.0 - 15.0', or: 'or',
      choosePdf: 'Choose a PDF', tooBig: 'This PDF is larger than {{mb}} MB. Choose the lab’s own text PDF, or paste its results.',
      unreadable: 'This file could not be read on this PC. Choose it again, or paste the results.', extract: 'Extract results',
      noRows: 'No result lines were found in this report. Paste or type the results instead.', allRemoved: 'Every row was removed: there is nothing to add.',
      columns: { test: 'Test', value: 'Result', unit: 'Unit', range: 'Reference range', flag: 'Flag' },
      flags: { high: 'High', low: 'Low', normal: 'Normal', abnormal: 'Abnormal', unknown: 'No range' },
      remove: 'Remove this row', accept: 'Add to note', discard: 'Discard', close: 'Close', noteHeading: 'Outside lab report:',
      tooLong: 'With these rows the Objective would pass {{max}} characters. Remove rows or shorten the note first.',
    },
  },
};
