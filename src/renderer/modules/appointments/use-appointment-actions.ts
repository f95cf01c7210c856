import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../api/client';

/**
 * Every appointment mutation, each refreshing what shows appointments when it succeeds (other
 * PCs hear of it through live updates). A refusal refreshes too: a conflict or a changed status
 * means this screen was out of date, and the fresh slots and statuses show why.
 */
export function useAppointmentActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refreshAppointments = () => void queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() });
  const refresh = { onSettled: refreshAppointments };
  return {
    book: useMutation(trpc.appointments.book.mutationOptions(refresh)),
    reschedule: useMutation(trpc.appointments.reschedule.mutationOptions(refresh)),
    cancel: useMutation(trpc.appointments.cancel.mutationOptions(refresh)),
    confirm: useMutation(trpc.appointments.confirm.mutationOptions(refresh)),
    noShow: useMutation(trpc.appointments.noShow.mutationOptions(refresh)),
    undoNoShow: useMutation(trpc.appointments.undoNoShow.mutationOptions(refresh)),
    checkIn: useMutation(
      trpc.appointments.checkIn.mutationOptions({
        onSettled: () => {
          refreshAppointments();
          void queryClient.invalidateQueries({ queryKey: trpc.queue.pathKey() });
        },
      }),
    ),
  };
}

export type AppointmentActions = ReturnType<typeof useAppointmentActions>;
