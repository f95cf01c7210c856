import type { DoctorSchedule, DoctorScheduleView } from '../../../shared/schemas/appointments';

/** One working session or break as typed: times are text until saved ("9" becomes 09:00). */
export interface PeriodDraft {
  weekday: number;
  start: string;
  end: string;
  /** Sessions: the room ('' = none); breaks: unused. */
  roomId: string;
  /** Breaks: "Lunch"; sessions: unused. */
  label: string;
}

export interface TemplateDraft {
  slotMinutes: string;
  sessions: PeriodDraft[];
  breaks: PeriodDraft[];
}

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5] as const;

/**
 * What people type for a time, read the way they mean it: `9` → 09:00, `930` / `0930` / `9.30`
 * → 09:30, `24` → 24:00 (the end of a session running to midnight). Anything else is left as
 * typed so the hub's validation can point at the field.
 */
export function normaliseClockTime(typed: string): string {
  const text = typed.trim().replace(/[.h]/, ':');
  const match = /^(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!match) return typed.trim();
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return typed.trim();
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export function draftFromSchedule(view: DoctorScheduleView): TemplateDraft {
  return {
    slotMinutes: String(view.slotMinutes),
    sessions: view.sessions.map((s) => ({ weekday: s.weekday, start: s.start, end: s.end, roomId: s.roomId ?? '', label: '' })),
    breaks: view.breaks.map((b) => ({ weekday: b.weekday, start: b.start, end: b.end, roomId: '', label: b.label })),
  };
}

/** The template to save. Rows keep the draft's order so a rejected `sessions.3.end` points at the row on screen. */
export function scheduleFromDraft(doctorId: string, draft: TemplateDraft): DoctorSchedule {
  return {
    doctorId,
    slotMinutes: Number(draft.slotMinutes),
    sessions: draft.sessions.map((s) => ({ weekday: s.weekday, start: normaliseClockTime(s.start), end: normaliseClockTime(s.end), roomId: s.roomId || null })),
    breaks: draft.breaks.map((b) => ({ weekday: b.weekday, start: normaliseClockTime(b.start), end: normaliseClockTime(b.end), label: b.label.trim() })),
  };
}

/** Makes the other days' sessions and breaks the same as `from`'s ("Monday's hours, Monday to Friday"). */
export function copyDay(draft: TemplateDraft, from: number, to: readonly number[]): TemplateDraft {
  const targets = to.filter((weekday) => weekday !== from);
  const copy = (periods: PeriodDraft[]): PeriodDraft[] => {
    const kept = periods.filter((p) => !targets.includes(p.weekday));
    const source = periods.filter((p) => p.weekday === from);
    return [...kept, ...targets.flatMap((weekday) => source.map((p) => ({ ...p, weekday })))];
  };
  return { ...draft, sessions: copy(draft.sessions), breaks: copy(draft.breaks) };
}
