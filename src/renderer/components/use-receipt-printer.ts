import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/client';

/** The clinic's receipt printer settings, and whether there is one at all (a clinic without one prints PDFs). */
export function useReceiptPrinter() {
  const trpc = useTRPC();
  const printer = useQuery(trpc.settings.all.queryOptions()).data?.printer;
  return { printer, hasReceiptPrinter: printer !== undefined && printer.connection.kind !== 'none' };
}
