/** English text of the queue. */
export const queueEn = {
  queue: {
    room: 'Room', checkIn: 'Check in', patient: 'Patient', complaint: 'Chief complaint', priority: 'Priority',
    emergencyReason: 'Reason for emergency', ticketIssued: 'Ticket {{ticketNo}} issued.', callNext: 'Call next', recall: 'Recall',
    skip: 'Skip', noShow: 'No-show', transfer: 'Transfer', done: 'Done', jump: 'Emergency jump', jumpReason: 'Reason for jumping the queue',
    returnAfter: 'Comes back after how many tickets', transferTo: 'Send to', nowServing: 'Now serving', nobodyCalled: 'Nobody called yet.',
    waiting: 'Waiting ({{count}})',
    callOrder: 'Call next takes emergencies first, then urgent, then everyone else by arrival. Elderly patients are marked, not moved ahead: to take someone earlier, use Emergency jump with a reason. A skipped ticket comes back after the number of tickets chosen when skipping.',
    empty: 'Nobody is waiting.', position: 'No.', ticket: 'Ticket', waited: '{{count}} min', waitedHeader: 'Waited',
    noRooms: 'No rooms yet. An admin adds them in Clinic settings.', skippedBack: 'skipped · back after {{count}}', calledTimes: 'called {{count}}×',
    choosePatient: 'Find the patient first.', change: 'Change',
    noShowAsk: 'Mark {{name}} (ticket {{ticketNo}}) as a no-show? The ticket leaves the queue; you can undo it for {{minutes}} minutes.',
    appointmentToday: '{{name}} has an appointment today at {{start}} with {{doctor}}.', checkInAppointmentInstead: 'Check in the appointment instead',
    noShowTitle: 'No-show · {{ticketNo}}', noShowMarked: 'Marked {{ticketNo}} as no-show',
    priorities: { normal: 'Normal', elderly: 'Elderly', urgent: 'Urgent', emergency: 'Emergency' },
    kinds: { consultation: 'Consultation', procedure: 'Procedure', treatment: 'Treatment', pharmacy: 'Pharmacy', payment: 'Payment', exam: 'Medical exam' },
  },
};
