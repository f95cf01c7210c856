import { describe, expect, it } from 'vitest';
import { copyDay, draftFromSchedule, normaliseClockTime, scheduleFromDraft, type TemplateDraft } from './template-draft';

const period = (weekday: number, start: string, end: string, extra: { roomId?: string; label?: string } = {}) => ({ weekday, start, end, roomId: extra.roomId ?? '', label: extra.label ?? '' });

describe('typed clock times', () => {
  it.each([
    ['9', '09:00'],
    ['930', '09:30'],
    ['0930', '09:30'],
    ['9.30', '09:30'],
    ['14:05', '14:05'],
    [' 13 ', '13:00'],
    ['24', '24:00'],
  ])('reads %s as %s', (typed, time) => {
    expect(normaliseClockTime(typed)).toBe(time);
  });

  it.each(['25', '9:75', '24:30', 'noon', ''])('leaves %j for the hub to refuse', (typed) => {
    expect(normaliseClockTime(typed)).toBe(typed.trim());
  });
});

describe('weekly template draft', () => {
  const draft: TemplateDraft = {
    slotMinutes: '15',
    sessions: [period(1, '9', '1300', { roomId: 'room-1' }), period(1, '14', '17'), period(6, '9', '12')],
    breaks: [period(1, '10.30', '10:45', { label: ' Tea ' })],
  };

  it('saves typed times as HH:MM, no room as null, in the order on screen', () => {
    expect(scheduleFromDraft('doc-1', draft)).toEqual({
      doctorId: 'doc-1',
      slotMinutes: 15,
      sessions: [
        { weekday: 1, start: '09:00', end: '13:00', roomId: 'room-1' },
        { weekday: 1, start: '14:00', end: '17:00', roomId: null },
        { weekday: 6, start: '09:00', end: '12:00', roomId: null },
      ],
      breaks: [{ weekday: 1, start: '10:30', end: '10:45', label: 'Tea' }],
    });
  });

  it('round-trips a saved template', () => {
    const saved = scheduleFromDraft('doc-1', draft);
    expect(scheduleFromDraft('doc-1', draftFromSchedule({ ...saved, doctorName: 'Dr Lee', saved: true }))).toEqual(saved);
  });

  it("copies Monday's sessions and breaks to Tuesday–Friday, replacing theirs and leaving Saturday", () => {
    const copied = copyDay({ ...draft, sessions: [...draft.sessions, period(3, '08', '09')] }, 1, [1, 2, 3, 4, 5]);
    const days = (periods: { weekday: number }[]) => periods.map((p) => p.weekday).sort();
    expect(days(copied.sessions)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6]);
    expect(copied.sessions.filter((s) => s.weekday === 3).map((s) => s.start)).toEqual(['9', '14']);
    expect(days(copied.breaks)).toEqual([1, 2, 3, 4, 5]);
  });
});
