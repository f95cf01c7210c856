import { useState } from 'react';

/**
 * The text a typed field shows for the value its screen holds. What the user typed stays as typed
 * while it still means that value (`5-12-26` is not rewritten under their cursor); a value set
 * from elsewhere (a MyKad number, "Today", a cleared filter) replaces it.
 */
export function useTypedText(value: string, show: (value: string) => string, meaning: (text: string) => string): [string, (text: string) => void] {
  const [text, setText] = useState(() => show(value));
  const [given, setGiven] = useState(value);
  if (value !== given) {
    setGiven(value);
    if (meaning(text) !== value) setText(show(value));
  }
  return [text, setText];
}
