/** What a column is called: its header, or `Column N` (1-based) when the file has no header row. */
export function columnNames(firstRecord: readonly string[], hasHeader: boolean): string[] {
  return firstRecord.map((header, index) => (hasHeader ? header.trim() : `Column ${index + 1}`));
}

const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * A first mapping from a header row, for the user to correct: in `order`, each field takes the
 * first column not yet taken whose name, without case, spaces or punctuation, is one of its words.
 */
export function guessColumns<F extends string>(columns: readonly string[], guesses: Record<F, readonly string[]>, order: readonly F[]): Partial<Record<F, string>> {
  const squashed = columns.map(squash);
  const taken = new Set<number>();
  const mapping: Partial<Record<F, string>> = {};
  for (const field of order) {
    for (const word of guesses[field]) {
      const index = squashed.findIndex((name, i) => !taken.has(i) && name === word);
      if (index >= 0) {
        taken.add(index);
        mapping[field] = columns[index];
        break;
      }
    }
  }
  return mapping;
}
