import { barcodeSchema } from '../../../shared/schemas/medicines';

/**
 * The barcodes after an entry: each value split at spaces, commas or semicolons (a pasted list), kept
 * once each in the order given; what is not a barcode comes back as `refused` for the field to say.
 */
export function enteredBarcodes(values: readonly string[]): { barcodes: string[]; refused: string | null } {
  const barcodes: string[] = [];
  let refused: string | null = null;
  for (const code of values.flatMap((value) => value.split(/[\s,;]+/)).filter(Boolean)) {
    if (!barcodeSchema.safeParse(code).success) refused = code;
    else if (!barcodes.includes(code)) barcodes.push(code);
  }
  return { barcodes, refused };
}
