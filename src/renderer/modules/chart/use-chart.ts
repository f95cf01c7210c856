import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../api/client';

/** The chart, one read shared by every section on the screen (each is audited as a read of the chart). */
export function useChart(patientId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.chart.get.queryOptions({ patientId }));
}

/** The chart's writes; each refetches the chart so every section shows the new version. */
export function useChartWrites(patientId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: trpc.chart.get.queryKey({ patientId }) });
  return {
    saveProblem: useMutation(trpc.chart.saveProblem.mutationOptions({ onSuccess })),
    resolveProblem: useMutation(trpc.chart.resolveProblem.mutationOptions({ onSuccess })),
    saveMedication: useMutation(trpc.chart.saveMedication.mutationOptions({ onSuccess })),
    stopMedication: useMutation(trpc.chart.stopMedication.mutationOptions({ onSuccess })),
    saveHistory: useMutation(trpc.chart.saveHistory.mutationOptions({ onSuccess })),
  };
}
