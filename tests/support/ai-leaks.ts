import { bounded } from '../../src/main/ai/privacy/name-forms';
import { LEAKS } from '../../src/main/ai/privacy/sample-patients';
import { escapeRegExp } from '../../src/main/ai/privacy/tokens';

/** Each sample patient's identifier forms found in the text, as whole words, case aside: what the leak check looks for in every request sent. */
export function leaksIn(text: string): string[] {
  return Object.values(LEAKS)
    .flat()
    .filter((leak) => new RegExp(/^[\p{L}\p{N}]/u.test(leak) ? bounded(escapeRegExp(leak)) : escapeRegExp(leak), 'iu').test(text));
}
