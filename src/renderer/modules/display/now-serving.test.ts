import { describe, expect, it } from 'vitest';
import type { BoardCall, BoardRoom, QueueBoard } from '../../../shared/schemas/queue';
import { nowServing } from './now-serving';

function call(ticketNo: string, roomCode: string, calledAt: string): BoardCall {
  return { ticketNo, roomCode, roomName: `Bilik ${roomCode}`, calledAt, calledCount: 1, maskedName: null };
}

function room(roomCode: string, current: BoardCall | null): BoardRoom {
  return { roomId: `room-${roomCode}`, roomCode, roomName: `Bilik ${roomCode}`, current, waitingCount: 0 };
}

function board(called: BoardCall[], rooms: BoardRoom[]): QueueBoard {
  return { clinicName: 'Klinik Sejahtera', now: '2026-12-04T02:00:00.000Z', called, rooms, notice: '', languages: ['en'], nowServing: null };
}

const A001 = call('A001', '1', '2026-12-04T01:50:00.000Z');
const A002 = call('A002', '1', '2026-12-04T01:55:00.000Z');
const B001 = call('B001', '2', '2026-12-04T01:58:00.000Z');

describe('nowServing', () => {
  it('is the latest call a room is still on, with the other calls as recent ones', () => {
    expect(nowServing(board([B001, A002, A001], [room('1', A002), room('2', B001)]))).toEqual({ current: B001, recent: [A002, A001] });
  });

  it('is nobody when the newest call was skipped and no room is calling anyone, as the staff screen says', () => {
    expect(nowServing(board([A002, A001], [room('1', null)]))).toEqual({ current: undefined, recent: [A002, A001] });
  });

  it('passes over a skipped newer call to the ticket another room is still serving', () => {
    expect(nowServing(board([B001, A002], [room('1', A002), room('2', null)]))).toEqual({ current: A002, recent: [B001] });
  });
});
