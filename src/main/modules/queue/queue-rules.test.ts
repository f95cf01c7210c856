import { describe, expect, it } from 'vitest';
import type { Priority, QueueEntryStatus } from '../../../shared/schemas/queue';
import { callOrder, canTake, countDownSkips, frontPosition, maskName, ticketNumber, visitStatusAfter, type QueuedTicket } from './queue-rules';

function ticket(id: string, position: number, priority: Priority = 'normal', status: QueueEntryStatus = 'waiting', skipReturnsAfter: number | null = null): QueuedTicket {
  return { id, position, priority, status, skipReturnsAfter };
}

const ids = (tickets: QueuedTicket[]): string[] => tickets.map((t) => t.id);

describe('call order', () => {
  it('is empty for an empty queue, and ignores tickets no longer waiting', () => {
    expect(callOrder([])).toEqual([]);
    expect(callOrder([ticket('a', 1, 'normal', 'done'), ticket('b', 2, 'normal', 'called'), ticket('c', 3, 'normal', 'no_show')])).toEqual([]);
  });

  it('calls emergency, then urgent, then elderly and normal alike by arrival', () => {
    const order = callOrder([ticket('n1', 1), ticket('e1', 2, 'elderly'), ticket('u1', 3, 'urgent'), ticket('n2', 4), ticket('x1', 5, 'emergency')]);
    expect(ids(order)).toEqual(['x1', 'u1', 'n1', 'e1', 'n2']);
  });

  it('brings a skipped ticket back after N further calls', () => {
    const order = callOrder([ticket('s', 0, 'normal', 'skipped', 2), ticket('a', 1), ticket('b', 2), ticket('c', 3)]);
    expect(ids(order)).toEqual(['a', 'b', 's', 'c']);
  });

  it('calls a skipped ticket when nobody else is waiting', () => {
    expect(ids(callOrder([ticket('s', 0, 'normal', 'skipped', 3)]))).toEqual(['s']);
  });

  it('lets an emergency go ahead of a returning skipped ticket', () => {
    const order = callOrder([ticket('s', 0, 'normal', 'skipped', 0), ticket('a', 1), ticket('x', 2, 'emergency')]);
    expect(ids(order)).toEqual(['x', 's', 'a']);
  });

  it('counts skipped tickets down by one per call, never below zero', () => {
    const after = countDownSkips([ticket('s', 0, 'normal', 'skipped', 1), ticket('t', 1, 'normal', 'skipped', 0), ticket('a', 2)]);
    expect(after.map((t) => t.skipReturnsAfter)).toEqual([0, 0, null]);
  });

  it('puts a queue-jump ahead of everyone pending', () => {
    const entries = [ticket('a', 10), ticket('b', 11), ticket('s', 5, 'normal', 'skipped', 3), ticket('d', 1, 'normal', 'done')];
    expect(frontPosition(entries)).toBe(4);
    expect(frontPosition([])).toBe(0);
  });
});

describe('transitions', () => {
  it('recalls and completes only a called ticket', () => {
    expect(canTake('recall', 'called')).toBe(true);
    expect(canTake('recall', 'waiting')).toBe(false);
    expect(canTake('complete', 'called')).toBe(true);
    expect(canTake('complete', 'done')).toBe(false);
    // Leaving needs no call: the dispensary or the counter finished the visit.
    expect(canTake('leave', 'waiting')).toBe(true);
    expect(canTake('leave', 'done')).toBe(false);
    expect(canTake('leave', 'no_show')).toBe(false);
  });

  it('skips, transfers and marks no-show only open tickets', () => {
    expect(canTake('skip', 'waiting')).toBe(true);
    expect(canTake('skip', 'skipped')).toBe(false);
    expect(canTake('transfer', 'called')).toBe(true);
    expect(canTake('transfer', 'transferred')).toBe(false);
    expect(canTake('noShow', 'skipped')).toBe(true);
    expect(canTake('noShow', 'done')).toBe(false);
    expect(canTake('jump', 'waiting')).toBe(true);
    expect(canTake('jump', 'called')).toBe(false);
  });

  it('closes a visit when no entry is open, as no-show when that was the last outcome', () => {
    expect(visitStatusAfter([{ status: 'transferred', updatedAt: '1' }, { status: 'waiting', updatedAt: '2' }])).toBe('open');
    expect(visitStatusAfter([{ status: 'transferred', updatedAt: '1' }, { status: 'done', updatedAt: '2' }])).toBe('done');
    expect(visitStatusAfter([{ status: 'no_show', updatedAt: '1' }])).toBe('no_show');
  });
});

describe('tickets and names', () => {
  it('numbers tickets with the room prefix and three digits', () => {
    expect(ticketNumber('A', 1)).toBe('A001');
    expect(ticketNumber('F', 12)).toBe('F012');
  });

  it('masks every name but the first', () => {
    expect(maskName('Tan  Siew Ling')).toBe('TAN S*** L***');
  });
});
