import type { DocumentLayout } from './layout';

/** What a queue ticket shows. No patient name or identity number: the ticket leaves the clinic in a pocket. */
export interface QueueTicket {
  visitId: string;
  clinicName: string;
  ticketNo: string;
  roomName: string;
  /** YYYY-MM-DD and HH:MM in the clinic's time zone, when the ticket was issued. */
  clinicDate: string;
  time: string;
}

/** Short and non-identifying: the visit id alone finds the visit, and only on the clinic's own hub. */
export function ticketQrPayload(ticket: Pick<QueueTicket, 'clinicDate' | 'ticketNo' | 'visitId'>): string {
  return `CLINICDESK:TICKET:${ticket.clinicDate}:${ticket.ticketNo}:${ticket.visitId}`;
}

/** 23/11/2026: how dates are written in Malaysia and India. */
export function dayMonthYear(clinicDate: string): string {
  const [year, month, day] = clinicDate.split('-');
  return `${day}/${month}/${year}`;
}

/** The queue ticket: clinic, the number in large print, the room, the date and time, and the QR code. */
export function queueTicketLayout(ticket: QueueTicket): DocumentLayout {
  return {
    title: `${ticket.ticketNo} ${ticket.clinicDate}`,
    blocks: [
      { kind: 'text', text: ticket.clinicName, bold: true, align: 'center' },
      { kind: 'rule' },
      { kind: 'text', text: ticket.ticketNo, size: 'huge', bold: true, align: 'center' },
      { kind: 'text', text: ticket.roomName, size: 'large', align: 'center' },
      { kind: 'text', text: `${dayMonthYear(ticket.clinicDate)} ${ticket.time}`, align: 'center' },
      { kind: 'space' },
      { kind: 'qr', data: ticketQrPayload(ticket) },
    ],
  };
}
