import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Room } from '../../../shared/schemas/queue';
import { useTRPC } from '../../api/client';
import { useClinicClock } from '../../format/use-clinic-clock';
import { useSession } from '../../session/session-context';
import { defaultQueueRoom, doctorsRoomNow, lastRoomKey } from './queue-room-choice';

/** The active rooms, the one this screen shows, and how to choose another (remembered for this user on this PC). */
export function useQueueRoom() {
  const trpc = useTRPC();
  const { user } = useSession();
  const now = useClinicClock();
  const rooms = useQuery(trpc.rooms.list.queryOptions());
  const isDoctor = user.roles.includes('doctor');
  const schedules = useQuery({ ...trpc.appointments.schedules.list.queryOptions(), enabled: isDoctor && user.permissions.includes('appointments.book') });
  const active = (rooms.data ?? []).filter((room) => room.active);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const sessions = schedules.data?.find((schedule) => schedule.doctorId === user.id)?.sessions ?? [];
  const room: Room | undefined =
    active.find((r) => r.id === chosenId) ?? defaultQueueRoom(active, { ownRoomId: doctorsRoomNow(sessions, now), lastRoomId: localStorage.getItem(lastRoomKey(user.id)) });
  const choose = (id: string): void => {
    localStorage.setItem(lastRoomKey(user.id), id);
    setChosenId(id);
  };
  return { rooms, active, room, choose };
}
