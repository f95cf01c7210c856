/**
 * A pure function of a string that remembers its answers, for one called over and over with the
 * same few thousand words (medicine names, the words of notes). The memory is emptied at `limit`
 * answers, a size real use does not reach, in case it does.
 */
export function remembered<T>(answer: (key: string) => T, limit = 20_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let found = known.get(key);
    if (found === undefined) {
      if (known.size >= limit) known.clear();
      found = answer(key);
      known.set(key, found);
    }
    return found;
  };
}
