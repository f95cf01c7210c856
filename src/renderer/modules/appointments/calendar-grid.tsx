import { Box, Paper, Typography } from '@mui/material';
import { useEffect, useRef, type ReactNode } from 'react';
import { clockTime, minutesOfDay } from '../../../shared/clinic-time';
import type { CalendarDoctorDay } from '../../../shared/schemas/appointments';
import { CalendarColumn } from './calendar-column';
import { PX_PER_MINUTE, hourMarks, visibleRange } from './calendar-layout';

export interface CalendarGridColumn {
  key: string;
  header: ReactNode;
  day: CalendarDoctorDay;
}

interface Props {
  columns: CalendarGridColumn[];
  /** The clinic's wall clock, for the red "now" line on today's columns. */
  now: { date: string; time: string };
  onOpen: (appointmentId: string) => void;
  onBook: (doctorId: string, date: string, start: string) => void;
}

const RULER_WIDTH = 56;

/** Time rows down the side, one column per doctor (day view) or per date (week view). */
export function CalendarGrid({ columns, now, onOpen, onBook }: Props) {
  const range = visibleRange(columns.flatMap(({ day }) => [...day.sessions, ...day.appointments]));
  const height = (range.end - range.start) * PX_PER_MINUTE;
  const nowMinute = minutesOfDay(now.time);
  const showNow = nowMinute >= range.start && nowMinute < range.end;
  const todayShown = showNow && columns.some(({ day }) => day.date === now.date);
  const scroller = useRef<HTMLDivElement>(null);
  // Opens on the hour before now when today is shown, else at the start of the day. Only when
  // other columns or hours are shown (scrollTop is left out on purpose): not on every clock tick.
  const scrollTop = todayShown ? Math.max(0, (nowMinute - range.start - 60) * PX_PER_MINUTE) : 0;
  const shownKey = columns.map((column) => `${column.key}@${column.day.date}`).join();
  useEffect(() => {
    scroller.current?.scrollTo({ top: scrollTop });
  }, [shownKey, range.start]);
  return (
    <Paper ref={scroller} variant="outlined" sx={{ overflow: 'auto', maxHeight: 'calc(100vh - 290px)', minHeight: 320 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: `${RULER_WIDTH}px repeat(${columns.length}, minmax(150px, 1fr))`, minWidth: RULER_WIDTH + columns.length * 150 }}>
        <Box sx={{ position: 'sticky', top: 0, zIndex: 3, bgcolor: 'background.paper', borderBottom: 1, borderColor: 'divider' }} />
        {columns.map((column) => (
          <Box key={column.key} sx={{ position: 'sticky', top: 0, zIndex: 3, bgcolor: 'background.paper', borderBottom: 1, borderLeft: 1, borderColor: 'divider', p: 1, textAlign: 'center' }}>
            {column.header}
          </Box>
        ))}
        <Box sx={{ position: 'relative', height }}>
          {hourMarks(range).map((minute) => (
            <Typography key={minute} variant="caption" color="text.secondary" sx={{ position: 'absolute', top: (minute - range.start) * PX_PER_MINUTE, right: 6, lineHeight: 1 }}>
              {clockTime(minute)}
            </Typography>
          ))}
        </Box>
        {columns.map(({ key, day }) => (
          <Box key={key} sx={{ position: 'relative' }}>
            <CalendarColumn day={day} range={range} testId={`calendar-column-${key}`} onOpen={onOpen} onBook={(start) => onBook(day.doctorId, day.date, start)} />
            {showNow && day.date === now.date && (
              <Box data-testid="calendar-now" sx={{ position: 'absolute', left: 0, right: 0, top: (nowMinute - range.start) * PX_PER_MINUTE, borderTop: 2, borderColor: 'error.main', zIndex: 3, pointerEvents: 'none' }} />
            )}
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
