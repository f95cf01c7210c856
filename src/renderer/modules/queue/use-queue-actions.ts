import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../api/client';

/** Every queue mutation, each refreshing the room lists when it succeeds (other PCs hear of it through live updates). */
export function useQueueActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = { onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.queue.list.queryKey() }) };
  return {
    callNext: useMutation(trpc.queue.callNext.mutationOptions(refresh)),
    recall: useMutation(trpc.queue.recall.mutationOptions(refresh)),
    skip: useMutation(trpc.queue.skip.mutationOptions(refresh)),
    noShow: useMutation(trpc.queue.noShow.mutationOptions(refresh)),
    undoNoShow: useMutation(trpc.queue.undoNoShow.mutationOptions(refresh)),
    transfer: useMutation(trpc.queue.transfer.mutationOptions(refresh)),
    complete: useMutation(trpc.queue.complete.mutationOptions(refresh)),
    jump: useMutation(trpc.queue.jump.mutationOptions(refresh)),
  };
}

export type QueueActions = ReturnType<typeof useQueueActions>;
