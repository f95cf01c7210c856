import { AppError } from '../../errors/app-error';

interface Take {
  batchId: string;
  quantity: number;
}

/**
 * The batches a line is taken from: FEFO's unless the dispenser chose others, which needs a
 * reason (BATCH_REASON_REQUIRED) because it leaves an earlier-expiring batch on the shelf.
 */
export function chosenTakes(fefo: readonly Take[], chosen: readonly Take[] | null, reason: string | null, medicine: string): Take[] | null {
  if (!chosen || sameTakes(fefo, chosen)) return null;
  if (!reason) throw new AppError('BATCH_REASON_REQUIRED', { medicine, fields: ['batchReason'] });
  return [...chosen];
}

function sameTakes(a: readonly Take[], b: readonly Take[]): boolean {
  const key = (takes: readonly Take[]) => takes.map((take) => `${take.batchId}:${take.quantity}`).sort().join(',');
  return key(a) === key(b);
}
