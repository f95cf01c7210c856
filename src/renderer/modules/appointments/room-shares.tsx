import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RoomShare } from '../../../shared/schemas/appointments';
import type { Room } from '../../../shared/schemas/queue';
import { weekdayName } from '../../i18n/detail-words';

/** The room as the room lists show it: code and name. */
const roomLabel = (room: Room | undefined): string => (room ? `${room.code} · ${room.name}` : '?');

/** "Room 1 · Bilik 1 is also Dr Lee's on Monday 09:00–12:00", one line each. */
export function RoomSharesList({ shares, rooms }: { shares: RoomShare[]; rooms: Room[] }) {
  const { t } = useTranslation();
  return (
    <Box component="ul" sx={{ mt: 0, mb: 1, pl: 2 }} data-testid="room-shares">
      {shares.map((share) => (
        <li key={`${share.doctorId}-${share.weekday}-${share.start}-${share.roomId}`}>
          {t('appointments.templates.roomShare', {
            room: roomLabel(rooms.find((room) => room.id === share.roomId)),
            doctor: share.doctorName,
            weekday: weekdayName(t, share.weekday),
            start: share.start,
            end: share.end,
          })}
        </li>
      ))}
    </Box>
  );
}
