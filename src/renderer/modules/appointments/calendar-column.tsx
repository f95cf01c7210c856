import { Box, ButtonBase, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clockTime, minutesOfDay } from '../../../shared/clinic-time';
import type { CalendarDoctorDay } from '../../../shared/schemas/appointments';
import { blockColours, freesTime } from './appointment-status';
import { PX_PER_MINUTE, hourMarks, overlapLanes, verticalSpan, type Timed, type TimeRange } from './calendar-layout';
import { STRANDED_OUTLINE, StrandedMark, useStrandedOn } from './stranded-mark';

interface Props {
  day: CalendarDoctorDay;
  range: TimeRange;
  /** `calendar-column-<doctor>-<date>`-style id for tests. */
  testId: string;
  onOpen: (appointmentId: string) => void;
  /** A click on free working time: book there. */
  onBook: (start: string) => void;
}

const STRIPES = (colour: string) => `repeating-linear-gradient(135deg, ${colour} 0 6px, transparent 6px 12px)`;
/** Booking starts on a 5-minute grid; the slot picker then picks the slot holding this time. */
const CLICK_GRID = 5;

interface Placement {
  position: 'absolute';
  top: number;
  height: number;
  left: 0;
  right: 0;
}

/** A full-width band for a session, break or block; null when it lies outside the hours shown. */
function place(item: Timed, range: TimeRange): Placement | null {
  const span = verticalSpan(item, range);
  return span ? { position: 'absolute', top: span.top, height: span.height, left: 0, right: 0 } : null;
}

/**
 * One doctor on one day: grey where they do not work, white sessions, striped breaks and
 * leave, and the appointments as blocks coloured by status. Live bookings sit in front of
 * cancelled ones so the time they hold is always readable.
 */
export function CalendarColumn({ day, range, testId, onOpen, onBook }: Props) {
  const { t } = useTranslation();
  const bookAt = (event: MouseEvent<HTMLElement>, sessionStart: string): void => {
    const offset = (event.clientY - event.currentTarget.getBoundingClientRect().top) / PX_PER_MINUTE;
    const minute = minutesOfDay(sessionStart) + Math.floor(offset / CLICK_GRID) * CLICK_GRID;
    onBook(clockTime(minute));
  };
  const laid = overlapLanes(day.appointments);
  const stranded = useStrandedOn(day.date);
  return (
    <Box data-testid={testId} sx={{ position: 'relative', height: (range.end - range.start) * PX_PER_MINUTE, bgcolor: 'action.hover', borderLeft: 1, borderColor: 'divider' }}>
      {day.sessions.map((session) => {
        const at = place(session, range);
        return at && <Box key={session.start} onClick={(event) => bookAt(event, clockTime(Math.max(minutesOfDay(session.start), range.start)))} sx={{ ...at, bgcolor: 'background.paper', cursor: 'copy' }} />;
      })}
      {hourMarks(range).map((minute) => (
        <Box key={minute} sx={{ position: 'absolute', left: 0, right: 0, top: (minute - range.start) * PX_PER_MINUTE, borderTop: 1, borderColor: 'divider', pointerEvents: 'none' }} />
      ))}
      {day.breaks.map((pause) => {
        const at = place(pause, range);
        return at && <Shade key={`break-${pause.start}`} at={at} background={STRIPES('rgba(0,0,0,0.08)')} label={pause.label || t('appointments.calendar.break')} />;
      })}
      {day.blocks.map((block) => {
        const at = place(block, range);
        const label = [t(`appointments.blockKinds.${block.kind}`), block.reason].filter(Boolean).join(' · ');
        return at && <Shade key={`block-${block.start}-${block.kind}`} at={at} background={STRIPES('rgba(237,108,2,0.22)')} label={label} />;
      })}
      {laid.map(({ item, lane, lanes }) => {
        const span = verticalSpan(item, range);
        if (!span) return null;
        const faded = freesTime(item.status);
        const strandedBy = stranded.get(item.id);
        return (
          <ButtonBase
            key={item.id}
            onClick={() => onOpen(item.id)}
            data-testid={`appointment-${item.id}`}
            aria-label={`${item.start}–${item.end} ${item.patientName}, ${item.typeName}, ${t(`appointmentStatus.${item.status}`)}${strandedBy ? `, ${t(`appointments.strandedReason.${strandedBy}`)}` : ''}`}
            sx={{
              position: 'absolute',
              top: span.top,
              height: Math.max(span.height - 1, 12),
              left: `calc(${(lane / lanes) * 100}% + 2px)`,
              width: `calc(${100 / lanes}% - 4px)`,
              zIndex: faded ? 1 : 2,
              opacity: faded ? 0.6 : 1,
              ...blockColours(item.status),
              borderRadius: 1,
              px: 0.5,
              overflow: 'hidden',
              justifyContent: 'flex-start',
              alignItems: 'flex-start',
              textAlign: 'left',
              boxShadow: faded ? 0 : 1,
              ...(strandedBy ? STRANDED_OUTLINE : {}),
            }}
          >
            <Typography variant="caption" sx={{ lineHeight: 1.3, textDecoration: item.status === 'cancelled' ? 'line-through' : 'none' }}>
              {strandedBy && <StrandedMark reason={strandedBy} />}
              <strong>{item.start}</strong> {item.patientName} · {item.typeName}
              {item.ticketNo && ` · ${item.ticketNo}`}
            </Typography>
          </ButtonBase>
        );
      })}
    </Box>
  );
}

function Shade({ at, background, label }: { at: Placement; background: string; label: string }) {
  return (
    <Box sx={{ ...at, background, pointerEvents: 'none', px: 0.5, overflow: 'hidden' }}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
    </Box>
  );
}
