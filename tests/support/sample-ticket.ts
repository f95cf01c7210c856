import type { QueueTicket } from '../../src/main/documents/queue-ticket';

/** Ticket A007 at Klinik Sejahtera, Bilik 2, 09:41 on 23 November 2026: the document tests' sample. */
export const SAMPLE_TICKET: QueueTicket = {
  visitId: '019a0000-0000-7000-8000-000000000007',
  clinicName: 'Klinik Sejahtera',
  ticketNo: 'A007',
  roomName: 'Bilik 2',
  clinicDate: '2026-11-23',
  time: '09:41',
};
