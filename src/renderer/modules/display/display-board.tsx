import { Box, Typography } from '@mui/material';
import { keyframes } from '@mui/material/styles';
import type { BoardCall, QueueBoard } from '../../../shared/schemas/queue';
import { nowServing } from './now-serving';

const flash = keyframes`from { background-color: #ffd54f; color: #1a237e; } to { background-color: transparent; }`;
const scroll = keyframes`from { transform: translateX(100vw); } to { transform: translateX(-100%); }`;

/** A label in each of the clinic's languages: "Sedang dilayan · Now serving". */
export type Label = (key: 'nowServing' | 'room' | 'recent' | 'waiting' | 'nobody') => string;

const PANEL = { bgcolor: 'rgba(255,255,255,0.06)', borderRadius: 4, p: { xs: 2, md: 4 } } as const;

function CurrentCall({ call, label }: { call: BoardCall | undefined; label: Label }) {
  return (
    <Box sx={{ ...PANEL, minHeight: 0, display: 'flex', flexDirection: 'column', justifyContent: 'center', alignItems: 'center', textAlign: 'center' }}>
      <Typography sx={{ fontSize: 'min(2.4vw, 4vh)', letterSpacing: 2, textTransform: 'uppercase', opacity: 0.8 }}>{label('nowServing')}</Typography>
      <Box key={call ? `${call.ticketNo}${call.calledAt}` : 'none'} sx={{ animation: `${flash} 1.2s ease-out 3`, borderRadius: 4, px: 6, my: 2 }}>
        <Typography data-testid="display-current-ticket" sx={{ fontSize: 'min(15vw, 26vh)', fontWeight: 800, lineHeight: 1, fontVariantNumeric: 'tabular-nums' }}>
          {call?.ticketNo ?? '—'}
        </Typography>
      </Box>
      <Typography sx={{ fontSize: 'min(1.8vw, 3vh)', textTransform: 'uppercase', opacity: 0.7 }}>{label('room')}</Typography>
      <Typography data-testid="display-current-room" sx={{ fontSize: 'min(4vw, 7vh)', fontWeight: 600, color: '#80cbc4', lineHeight: 1.2 }}>
        {call?.roomName ?? label('nobody')}
      </Typography>
      {call?.maskedName && <Typography sx={{ fontSize: '2.4vw', opacity: 0.8 }}>{call.maskedName}</Typography>}
    </Box>
  );
}

function RecentCalls({ calls, label }: { calls: BoardCall[]; label: Label }) {
  return (
    <Box sx={{ ...PANEL, minHeight: 0, overflow: 'hidden' }} data-testid="display-recent">
      <Typography sx={{ fontSize: '1.8vw', textTransform: 'uppercase', opacity: 0.8, mb: 2 }}>{label('recent')}</Typography>
      {calls.length === 0 && <Typography sx={{ fontSize: '2.4vw', opacity: 0.5 }}>{label('nobody')}</Typography>}
      {calls.map((call) => (
        <Box key={`${call.ticketNo}${call.calledAt}`} sx={{ display: 'flex', justifyContent: 'space-between', borderBottom: '1px solid rgba(255,255,255,0.12)', py: 1.5 }}>
          <Typography sx={{ fontSize: '3.2vw', fontWeight: 700 }}>{call.ticketNo}</Typography>
          <Typography sx={{ fontSize: '2.4vw', alignSelf: 'center', color: '#80cbc4' }}>{call.roomName}</Typography>
        </Box>
      ))}
    </Box>
  );
}

/** The waiting room's view of the queue: big enough to read from the back row. */
export function DisplayBoard({ board, clock, label }: { board: QueueBoard; clock: string; label: Label }) {
  const { current, recent } = nowServing(board);
  return (
    <Box sx={{ height: '100vh', display: 'grid', gridTemplateRows: 'auto 1fr auto auto', gap: 2, p: 3, bgcolor: '#0b2730', color: '#fff', overflow: 'hidden' }}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography sx={{ fontSize: '3vw', fontWeight: 700 }}>{board.clinicName}</Typography>
        <Typography data-testid="display-clock" sx={{ fontSize: '3vw', fontVariantNumeric: 'tabular-nums' }}>
          {clock}
        </Typography>
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 2, minHeight: 0, overflow: 'hidden' }}>
        <CurrentCall call={current} label={label} />
        <RecentCalls calls={recent.slice(0, 5)} label={label} />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: `repeat(${Math.max(board.rooms.length, 1)}, 1fr)`, gap: 2 }}>
        {board.rooms.map((room) => (
          <Box key={room.roomId} sx={{ ...PANEL, p: 2, textAlign: 'center' }}>
            <Typography sx={{ fontSize: '1.6vw', opacity: 0.8 }}>{room.roomName}</Typography>
            <Typography sx={{ fontSize: '3vw', fontWeight: 700 }}>{room.current?.ticketNo ?? '—'}</Typography>
            <Typography sx={{ fontSize: '1.4vw', opacity: 0.8 }}>
              {label('waiting')}: {room.waitingCount}
            </Typography>
          </Box>
        ))}
      </Box>
      <Box sx={{ overflow: 'hidden', whiteSpace: 'nowrap', bgcolor: '#00695c', borderRadius: 2, py: 1, minHeight: '3vw' }}>
        {board.notice && <Typography sx={{ display: 'inline-block', fontSize: '2vw', animation: `${scroll} 25s linear infinite` }}>{board.notice}</Typography>}
      </Box>
    </Box>
  );
}
