import { useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useTRPC } from './client';

// Which parts of the API read each kind of record the hub reports as changed.
const READERS: Record<string, string[][]> = {
  user: [['users'], ['auth'], ['appointments']],
  role: [['roles'], ['users'], ['auth']],
  clinic: [['settings'], ['clinic'], ['setup'], ['backup']],
  backup: [['backup']],
  // A merge brings the duplicate's visits onto the survivor's record.
  patient: [['patients'], ['queue', 'visitsForPatient']],
  // Staged import steps change nothing a screen shows (the import dialog polls its own progress).
  patientImport: [],
  panel: [['panels']],
  supplier: [['suppliers'], ['purchasing']],
  fee: [['fees']],
  purchaseOrder: [['purchasing']],
  goodsReceived: [['purchasing'], ['ledger']],
  supplierReturn: [['purchasing']],
  medicine: [['medicines']],
  interactionPair: [['interactions']],
  room: [['queue'], ['appointments']],
  // Appointment records are audited in the singular; the calendar, slots and set-up read them all.
  appointment: [['appointments']],
  appointmentType: [['appointments']],
  resource: [['appointments']],
  schedule: [['appointments']],
  scheduleBlock: [['appointments']],
  // The visit's timeline shows each visit's diagnoses and doctor.
  consultation: [['consultation'], ['billing']],
  prescription: [['prescriptions']],
  register: [['registers']],
  dispensing: [['dispensing'], ['stock'], ['registers'], ['billing'], ['ledger']],
  noteTemplate: [['consultation']],
  diagnosisFavourite: [['diagnoses']],
  chartProblem: [['chart']],
  chartMedication: [['chart']],
  chartHistory: [['chart']],
  chartHistorySummary: [['chart']],
  vitals: [['vitals']],
  // A stock take's sheet shows what moved since its freeze; a dangerous drug's running balance is its movements.
  stock: [['stock'], ['stockTake'], ['registers']],
  stockTake: [['stockTake']],
  // Invoices and payments also post the ledger's entries in their own transaction.
  invoice: [['billing'], ['till'], ['einvoice'], ['claims'], ['ledger']],
  payment: [['billing'], ['till'], ['ledger']],
  cashierSession: [['till']],
  clinicDay: [['till'], ['billing']],
  doctorFee: [['doctorFees']],
  einvoice: [['einvoice']],
  claim: [['claims']],
  aiInteraction: [['ai']],
  deposit: [['billing'], ['till'], ['ledger']],
  // An MC issued, reprinted or cancelled on another PC shows in the visit's and the patient's lists.
  document: [['documents']],
};

/** Refetches open screens when anyone on any PC changes what they show. */
export function useLiveUpdates(): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useSubscription(
    trpc.events.changed.subscriptionOptions(undefined, {
      onData: ({ entities }) => {
        // Every change writes the audit log, so it is always stale.
        const paths = [['audit'], ...entities.flatMap((entity) => READERS[entity] ?? [[entity]])];
        for (const path of paths) void queryClient.invalidateQueries({ queryKey: [path] });
      },
    }),
  );
}
